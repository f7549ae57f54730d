package dev.ipmi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.testkit.junit.Prerequisites;
import dev.ipmi.testkit.process.CommandResult;
import dev.ipmi.testkit.refclient.Ipmitool;
import dev.ipmi.testkit.sim.SimulatedBmc;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What ipmi_sim cannot show (DCMI, the cipher suite list, SHA-256 suites): compared on the simulated BMC. */
class IpmitoolAgainstSimulatorTest {
    private SimulatedBmc bmc;
    private Ipmitool ipmitool;

    @BeforeEach
    void start() throws Exception {
        bmc = SimulatedBmc.newBuilder().start();
        ipmitool = Ipmitool.lanplus(Prerequisites.fromEnvironment().executable("ipmitool"), bmc.address(), "admin",
                "adminpass", 17);
    }

    @AfterEach
    void stop() {
        bmc.close();
    }

    private Map<String, Object> ours(String... args) {
        List<String> all = new ArrayList<>(List.of("-H", "127.0.0.1:" + bmc.port(), "-U", "admin", "-P", "adminpass", "--json"));
        all.addAll(List.of(args));
        Cli c = Cli.run(all.toArray(String[]::new));
        assertEquals(0, c.status(), c::toString);
        return c.object();
    }

    private String theirs(String... args) throws Exception {
        CommandResult r = ipmitool.run(args);
        assertTrue(r.succeeded(), r::toString);
        return r.stdout();
    }

    @Test
    void dcmiPowerReading() throws Exception {
        Map<String, String> t = new java.util.HashMap<>();
        for (String line : theirs("dcmi", "power", "reading").split("\n")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*([^:]+):\\s+(\\d+ Watts)$").matcher(line);
            if (m.matches()) {
                t.put(m.group(1), m.group(2));
            }
        }
        assertEquals(4, t.size(), t::toString);
        Map<String, Object> j = ours("dcmi", "power");
        assertEquals(t.get("Instantaneous power reading"), j.get("currentWatts") + " Watts");
        assertEquals(t.get("Minimum during sampling period"), j.get("minimumWatts") + " Watts");
        assertEquals(t.get("Maximum during sampling period"), j.get("maximumWatts") + " Watts");
        assertEquals(t.get("Average power reading over sample period"), j.get("averageWatts") + " Watts");
    }

    @Test
    void cipherSuitesOffered() throws Exception {
        TreeSet<Long> expected = new TreeSet<>();
        for (String line : theirs("channel", "getciphers", "ipmi", "1").split("\n")) {
            String[] w = line.trim().split("\\s+");
            if (w.length > 1 && w[0].matches("\\d+")) {
                expected.add(Long.parseLong(w[0]));
            }
        }
        TreeSet<Long> offered = new TreeSet<>();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list = (List<Map<String, Object>>) ours("suites").get("offered");
        for (Map<String, Object> s : list) {
            offered.add((Long) s.get("id"));
        }
        // ipmitool reads at most 64 bytes of suite records (12 suites); the rest must be ours alone
        assertTrue(expected.size() >= 12 && offered.containsAll(expected), expected + " vs " + offered);
        assertEquals(20, offered.size());
    }

    @Test
    void infoOverSuite17() throws Exception {
        Map<String, String> t = Cli.fields(theirs("mc", "info"));
        Map<String, Object> j = ours("-C", "17", "info");
        assertEquals(t.get("Firmware Revision"), j.get("firmware"));
        assertEquals(t.get("Manufacturer ID"), String.valueOf(j.get("manufacturerId")));
    }
}
