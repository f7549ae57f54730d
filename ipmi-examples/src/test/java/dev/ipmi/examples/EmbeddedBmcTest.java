package dev.ipmi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without -H every command runs against the embedded simulated BMC: no set-up at all. */
class EmbeddedBmcTest {

    private static Cli ok(String... args) {
        Cli c = Cli.run(args);
        assertEquals(0, c.status(), c::toString);
        return c;
    }

    @Test
    void info() {
        Map<String, Object> j = ok("--json", "info").object();
        assertEquals(0x20L, j.get("deviceId"));
        assertEquals("1.23", j.get("firmware"));
        assertEquals(4753L, j.get("manufacturerId"));
        assertEquals("a1234567-89ab-cdef-a123-456789abcdef".length(), ((String) j.get("guid")).length());
        @SuppressWarnings("unchecked")
        Map<String, Object> suite = (Map<String, Object>) ((Map<String, Object>) j.get("session")).get("cipherSuite");
        assertEquals(17L, suite.get("id"), "the strongest suite, which the simulator offers");
    }

    @Test
    void suitesAndExplicitSuite() {
        @SuppressWarnings("unchecked")
        List<Object> offered = (List<Object>) ok("--json", "suites").object().get("offered");
        assertEquals(20, offered.size());
        assertTrue(ok("-C", "3", "info").out().contains("RMCP+ cipher suite 3 (rakp-hmac-sha1"));
        assertTrue(ok("-I", "lan", "-A", "MD5", "info").out().contains("IPMI 1.5 auth type md5"));
    }

    @Test
    void chassis() {
        assertEquals("on", ok("--json", "chassis", "status").object().get("power"));
        assertEquals("Chassis Power Control: power-down", ok("chassis", "power", "off").out().strip());
        assertEquals(true, ok("--json", "chassis", "identify", "force").object().get("done"));
        assertEquals("Set Boot Device to pxe for every boot (EFI)",
                ok("chassis", "bootdev", "pxe", "--persistent", "--efi").out().strip());
    }

    @Test
    void sensorsWithTypeFilter() {
        List<Map<String, Object>> all = ok("--json", "sensors").array();
        assertTrue(all.size() >= 8, all::toString);
        List<Map<String, Object>> temps = ok("--json", "sensors", "--type", "temperature").array();
        assertTrue(!temps.isEmpty() && temps.size() < all.size());
        for (Map<String, Object> t : temps) {
            assertEquals("Temperature", t.get("type"));
            assertEquals("degrees C", t.get("unit"));
            assertTrue(((Map<?, ?>) t.get("thresholds")).keySet().containsAll(List.of("lnr", "lc", "lnc", "unc", "uc", "unr")));
        }
        String text = ok("sensors", "--type", "Fan").out();
        assertTrue(text.startsWith("NAME ") && text.contains("RPM"), text);
    }

    @Test
    void selFruSdr(@TempDir Path dir) throws Exception {
        List<Map<String, Object>> sel = ok("--json", "sel", "list").array();
        assertTrue(sel.stream().anyMatch(e -> "CPU Temp".equals(e.get("sensor"))), sel::toString);
        assertEquals((long) sel.size(), ok("--json", "sel", "info").object().get("entries"));
        assertEquals(true, ok("--json", "sel", "clear").object().get("cleared"));
        @SuppressWarnings("unchecked")
        Map<String, Object> product = (Map<String, Object>) ok("--json", "fru").object().get("product");
        assertEquals("TB-1000 Server", product.get("name"));
        Path dump = dir.resolve("sdr.bin");
        Map<String, Object> d = ok("--json", "sdr", "dump", dump.toString()).object();
        assertEquals(Files.size(dump), d.get("bytes"));
        assertEquals(ok("--json", "sdr", "info").object().get("entries"), d.get("records"));
    }

    @Test
    void theRest() {
        assertEquals("administrator", ok("--json", "session", "info").object().get("privilege"));
        assertTrue(ok("--json", "user", "list").array().stream().anyMatch(u -> "operator".equals(u.get("name"))));
        assertEquals("02:00:00:00:00:01", ok("--json", "lan", "print").object().get("macAddress"));
        assertEquals(true, ok("--json", "sol", "info").object().get("enabled"));
        assertEquals(180L, ok("--json", "dcmi", "power").object().get("currentWatts"));
        assertEquals(" 20 01 01 23 02 9f 91 12 00 02 0f", ok("raw", "0x06", "0x01").out().stripTrailing());
        assertEquals(true, ok("--json", "discover").array().get(0).get("ipmi"));
    }

    @Test
    void demoRunsToTheStolenConsole() {
        Cli c = ok("demo");
        assertTrue(c.out().contains("negotiated: 17"), c::toString);
        assertTrue(c.out().contains("   | testbed login:"), c::toString);
        assertTrue(c.out().contains("console 1 got the event: sol: console stolen by session 0x"), c::toString);
        assertTrue(c.out().contains("console 1 is closed") && c.out().contains("the library did not reconnect"), c::toString);
    }

    @Test
    void simulateForAWhile() {
        Cli c = ok("--json", "simulate", "--for", "1", "--steal", "activate");
        Map<String, Object> j = c.object();
        assertEquals("steal-on-activate", j.get("solStealing"));
        assertTrue(((Number) j.get("port")).intValue() > 0);
    }

    @Test
    void solLogOfTheEmbeddedConsole(@TempDir Path dir) throws Exception {
        Cli c = ok("sol-log", dir.toString(), "--for", "1", "--timestamps");
        try (var files = Files.list(dir)) {
            List<Path> logs = files.toList();
            assertEquals(1, logs.size());
            String log = Files.readString(logs.get(0));
            assertTrue(log.contains("ipmi] console open"), log);
            assertTrue(log.contains("ipmi] console closed"), log);
        }
        assertTrue(c.err().contains(": console open, logging to "), c::toString);
    }
}
