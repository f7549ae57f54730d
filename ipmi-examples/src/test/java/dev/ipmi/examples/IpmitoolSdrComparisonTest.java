package dev.ipmi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import dev.ipmi.testkit.junit.Prerequisites;
import dev.ipmi.testkit.junit.RequiresIpmiSim;
import dev.ipmi.testkit.process.CommandResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sensors, SEL and FRU as this tool reads them (--json) and as ipmitool prints them, same ipmi_sim. */
@RequiresIpmiSim
class IpmitoolSdrComparisonTest {

    private static String ipmitool(IpmiSimBmc bmc, String... args) throws Exception {
        CommandResult r = Prerequisites.fromEnvironment().ipmitool(bmc).run(args);
        assertTrue(r.succeeded(), r::toString);
        return r.stdout();
    }

    private static Cli ours(IpmiSimBmc bmc, String... args) {
        Cli c = Cli.at(bmc, args);
        assertEquals(0, c.status(), c::toString);
        return c;
    }

    private static Double number(String s) {
        return s.equals("na") ? null : Double.valueOf(s);
    }

    @Test
    void thresholdSensorsMatchSensorList(IpmiSimBmc bmc) throws Exception {
        Map<String, String[]> expected = new HashMap<>();
        for (String line : ipmitool(bmc, "sensor", "list").split("\n")) {
            String[] f = line.split("\\|");
            if (f.length >= 10) {
                for (int i = 0; i < f.length; i++) {
                    f[i] = f[i].trim();
                }
                expected.put(f[0], f);
            }
        }
        int compared = 0;
        for (Map<String, Object> s : ours(bmc, "--json", "sensors").array()) {
            String[] t = expected.get(s.get("name"));
            assertTrue(t != null, "ipmitool lists " + s.get("name"));
            if (t[2].equals("discrete")) {
                continue;
            }
            compared++;
            String name = (String) s.get("name");
            assertEquals(t[2], s.get("unit"), name);
            assertEquals(t[3], s.get("status"), name);
            Double reading = number(t[1]);
            if (reading != null) {
                assertEquals(reading, ((Number) s.get("reading")).doubleValue(), 0.001, name);
            }
            Map<?, ?> th = (Map<?, ?>) s.get("thresholds");
            List<String> keys = List.of("lnr", "lc", "lnc", "unc", "uc", "unr");
            for (int i = 0; i < keys.size(); i++) {
                Double want = number(t[4 + i]);
                Object got = th.get(keys.get(i));
                if (want == null) {
                    assertEquals(null, got, name + " " + keys.get(i));
                } else {
                    assertEquals(want, ((Number) got).doubleValue(), 0.01, name + " " + keys.get(i));
                }
            }
        }
        assertTrue(compared >= 3, "threshold sensors compared: " + compared);
    }

    @Test
    void fruMatchesFruPrint(IpmiSimBmc bmc) throws Exception {
        Map<String, String> t = Cli.fields(ipmitool(bmc, "fru", "print", "0"));
        Map<String, String> ours = Cli.fields(ours(bmc, "fru", "0").out());
        int compared = 0;
        for (String key : List.of("Chassis Part Number", "Chassis Serial", "Board Mfg", "Board Product", "Board Serial",
                "Board Part Number", "Product Manufacturer", "Product Name", "Product Part Number", "Product Version",
                "Product Serial", "Product Asset Tag")) {
            if (t.containsKey(key)) {
                assertEquals(t.get(key), ours.get(key), key);
                compared++;
            }
        }
        assertTrue(compared >= 4, "fields compared: " + compared + " of " + t);
    }

    @Test
    void selEventsMatchSelElist(IpmiSimBmc bmc) throws Exception {
        Map<Integer, String> lines = new HashMap<>();
        for (String line : ipmitool(bmc, "sel", "elist").split("\n")) {
            String[] f = line.split("\\|");
            if (f.length > 1 && f[0].trim().matches("[0-9a-fA-F]+")) {
                lines.put(Integer.parseInt(f[0].trim(), 16), line); // OEM records have fewer columns
            }
        }
        List<Map<String, Object>> ours = ours(bmc, "--json", "sel", "list").array();
        assertEquals(lines.size(), ours.size());
        int events = 0;
        for (Map<String, Object> e : ours) {
            String theirs = lines.get(((Number) e.get("id")).intValue());
            assertTrue(theirs != null, e::toString);
            if (e.get("event") != null) {
                events++;
                assertTrue(theirs.contains((String) e.get("event")), theirs + " vs " + e);
                assertTrue(theirs.contains(e.get("direction").equals("asserted") ? "Asserted" : "Deasserted"), theirs);
            }
        }
        assertTrue(events > 0, "ipmi_sim's SEL has events");
    }
}
