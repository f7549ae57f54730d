package dev.ipmi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Bad arguments are exit status 2 with a line naming the mistake; help is exit 0. Needs no BMC. */
class UsageTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "-Z info                         | unknown option -Z",
        "-H                              | option -H needs a value",
        "bogus                           | unknown command \"bogus\"",
        "-C 42 info                      | -C must be 0..19, not 42",
        "-C x info                       | -C wants a number, not \"x\"",
        "-I serial info                  | -I wants lanplus or lan",
        "-A MD5 info                     | -A applies to IPMI 1.5 only; add -I lan",
        "-I lan -C 3 info                | -C applies to RMCP+ only",
        "-L ROOT info                    | -L wants USER, OPERATOR or ADMINISTRATOR",
        "-y 12345 info                   | -y wants the key as hex digits",
        "-p 70000 info                   | -p must be 1..65535",
        "-H 127.0.0.1 chassis            | missing subcommand",
        "-H 127.0.0.1 chassis power      | missing power action",
        "-H 127.0.0.1 chassis power boom | unknown power action \"boom\"",
        "-H 127.0.0.1 chassis bootdev usb| unknown boot device \"usb\"",
        "-H 127.0.0.1 chassis identify 300| identify interval must be 0..255",
        "-H 127.0.0.1 raw 0x07 0x01      | NETFN must be a request (even) network function",
        "-H 127.0.0.1 raw 0x06           | missing CMD",
        "-H 127.0.0.1 raw 6 1 0x100      | data byte 1 must be 0..255",
        "-H 127.0.0.1 info extra         | unexpected argument \"extra\"",
        "-H 127.0.0.1 sol -e ab          | -e wants one character",
        "-H 127.0.0.1 sensors --type     | --type needs a value",
        "-H 127.0.0.1 fru 255            | FRU id must be 0..254",
        "-H 127.0.0.1 sdr dump           | missing FILE",
        "simulate --steal loud           | --steal wants silent, deactivating or activate",
        "simulate --profile big          | unknown profile \"big\"",
        "-H 127.0.0.1 sol-log            | missing DIR",
        "-H 127.0.0.1 demo               | demo runs on its own embedded BMC",
    })
    void badArguments(String args, String message) {
        Cli c = Cli.run(args.trim().split("\\s+"));
        assertEquals(2, c.status(), c::toString);
        assertTrue(c.err().contains(message), c::toString);
        assertEquals(1, c.err().strip().lines().count(), c::toString);
        assertEquals("", c.out(), c::toString);
    }

    static List<String> commands() {
        return Commands.ALL.stream().map(Command::name).toList();
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("commands")
    void everyCommandHasHelp(String command) {
        for (String flag : List.of("-h", "--help")) {
            Cli c = Cli.run(command, flag);
            assertEquals(0, c.status(), c::toString);
            assertTrue(c.out().startsWith("usage: ipmi [options] " + command), c::toString);
            assertEquals("", c.err());
        }
    }

    @Test
    void topLevelHelpListsEveryCommand() {
        Cli c = Cli.run("--help");
        assertEquals(0, c.status());
        for (String name : commands()) {
            assertTrue(c.out().contains("\n  " + name + " "), name);
        }
        assertEquals(2, Cli.run().status(), "no command is a usage error");
    }
}
