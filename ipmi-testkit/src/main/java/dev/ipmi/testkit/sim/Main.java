package dev.ipmi.testkit.sim;

import dev.ipmi.core.command.PrivilegeLevel;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Runs a {@link SimulatedBmc} until killed:
 * {@code java -cp ipmi-testkit.jar:ipmi-core.jar:slf4j-api.jar dev.ipmi.testkit.sim.Main
 * [--port N] [--user ID:NAME:PASSWORD:PRIVILEGE]... [--no-testbed-users] [--powered-off]
 * [--idle-timeout SECONDS] [--suites 3,17] [--satellite 0x72]...}. Prints the port and the users.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        SimulatedBmc.Builder b;
        try {
            b = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: Main [--port N] [--user ID:NAME:PASSWORD:PRIVILEGE]... [--no-testbed-users]"
                    + " [--powered-off] [--idle-timeout SECONDS] [--suites 0,1,2,3,...] [--satellite 0x72]...");
            System.exit(2);
            return;
        }
        SimulatedBmc bmc = b.start();
        describe(bmc, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(bmc::close));
        Thread.currentThread().join();
    }

    static SimulatedBmc.Builder parse(String[] args) {
        SimulatedBmc.Builder b = SimulatedBmc.newBuilder();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--port" -> b.port(Integer.parseInt(value(args, ++i, a)));
                case "--no-testbed-users" -> b.clearUsers();
                case "--powered-off" -> b.poweredOn(false);
                case "--satellite" -> b.ipmbSatellite(Integer.decode(value(args, ++i, a)));
                case "--idle-timeout" -> b.idleTimeout(Duration.ofSeconds(Long.parseLong(value(args, ++i, a))));
                case "--suites" -> b.cipherSuites(java.util.Arrays.stream(value(args, ++i, a).split(","))
                        .mapToInt(s -> Integer.parseInt(s.trim())).toArray());
                case "--user" -> {
                    String[] f = value(args, ++i, a).split(":", 4);
                    if (f.length != 4) {
                        throw new IllegalArgumentException("--user wants ID:NAME:PASSWORD:PRIVILEGE");
                    }
                    b.user(Integer.parseInt(f[0]), f[1], f[2], PrivilegeLevel.valueOf(f[3].toUpperCase(Locale.ROOT)));
                }
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        return b;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    static void describe(SimulatedBmc bmc, PrintStream out) {
        out.println("BMC_PORT=" + bmc.port());
        for (SimUser u : bmc.users()) {
            out.printf("user %d %s password %s %s%s%n", u.id(), u.name(),
                    new String(u.password(), java.nio.charset.StandardCharsets.ISO_8859_1), u.maxPrivilege(),
                    u.enabled() ? "" : " (disabled)");
        }
        out.flush();
    }
}
