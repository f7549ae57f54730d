package dev.ipmi.testkit.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.testkit.junit.Prerequisites;
import dev.ipmi.testkit.process.CommandResult;
import dev.ipmi.testkit.refclient.FreeIpmi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * FreeIPMI's {@code ipmi-sensors}, {@code ipmi-sel}, {@code ipmi-fru} and {@code ipmi-chassis}
 * (driver LAN_2_0) against the simulated BMC with cipher suites 3, 11 (AES with MD5-128
 * integrity, which ipmi_sim gets wrong) and 17 (SHA-256); their tables and listings are parsed
 * and compared with the testbed content.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FreeIpmiInteropTest {
    private final Prerequisites prerequisites = Prerequisites.fromEnvironment();
    private SimulatedBmc bmc;

    @BeforeAll
    void start() throws IOException {
        bmc = SimulatedBmc.newBuilder().start();
    }

    @AfterAll
    void stop() {
        bmc.close();
    }

    private FreeIpmi freeIpmi(int suite, Path cache) throws IOException {
        prerequisites.requireExecutables(Prerequisites.FREEIPMI_TOOLS);
        Files.createDirectories(cache);
        return FreeIpmi.of(bmc.address(), "admin", "adminpass", suite, cache).withTimeout(Duration.ofSeconds(20));
    }

    private static String ok(CommandResult r) {
        assertTrue(r.succeeded(), r::toString);
        return r.stdout();
    }

    /** Rows of a {@code |}-separated FreeIPMI table, header line dropped, cells trimmed. */
    private static List<List<String>> table(String out) {
        List<List<String>> rows = new ArrayList<>();
        String[] lines = out.strip().split("\n");
        for (int i = 1; i < lines.length; i++) {
            List<String> cells = new ArrayList<>();
            for (String c : lines[i].split("\\|")) {
                cells.add(c.strip());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** "Key : value" lines as a map (first occurrence wins). */
    private static Map<String, String> fields(String out, String separator) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            int i = line.indexOf(separator);
            if (i > 0) {
                m.putIfAbsent(line.substring(0, i).strip(), line.substring(i + separator.length()).strip());
            }
        }
        return m;
    }

    @ParameterizedTest(name = "ipmi-sensors -I {0}")
    @ValueSource(ints = {3, 11, 17})
    void sensors(int suite, @TempDir Path cache) throws IOException {
        Map<String, String> readings = new LinkedHashMap<>();
        for (List<String> row : table(ok(freeIpmi(suite, cache).run("ipmi-sensors")))) {
            readings.put(row.get(1), row.get(3) + " " + row.get(4) + " " + row.get(5));
        }
        assertEquals(List.of("CPU Temp", "Inlet Temp", "12V", "5V", "3.3V", "FAN1", "FAN2", "PSU1 Status",
                "Intrusion", "CPU Margin"), List.copyOf(readings.keySet()));
        assertEquals("45.00 C 'OK'", readings.get("CPU Temp"));
        assertEquals("24.00 C 'OK'", readings.get("Inlet Temp"));
        assertEquals("12.00 V 'OK'", readings.get("12V"));
        assertEquals("5.02 V 'OK'", readings.get("5V"));
        assertEquals("3.30 V 'OK'", readings.get("3.3V"));
        assertEquals("5400.00 RPM 'OK'", readings.get("FAN1"));
        assertEquals("900.00 RPM 'At or Below (<=) Lower Non-Critical Threshold'", readings.get("FAN2"));
        assertEquals("N/A N/A 'Presence detected'", readings.get("PSU1 Status"));
        assertEquals("N/A N/A 'OK'", readings.get("Intrusion"));
        assertEquals("-35.00 C 'OK'", readings.get("CPU Margin"));
    }

    @ParameterizedTest(name = "ipmi-sel -I {0}")
    @ValueSource(ints = {3, 11, 17})
    void sel(int suite, @TempDir Path cache) throws IOException {
        List<List<String>> rows = table(ok(freeIpmi(suite, cache).run("ipmi-sel")));
        assertEquals(6, rows.size(), rows::toString);
        List<String> names = rows.stream().map(r -> r.get(3) + " / " + r.get(5)).toList();
        assertEquals("PSU1 Status / Presence detected", names.get(0));
        assertEquals("CPU Temp / Upper Non-critical - going high ; Sensor Reading = 86.00 C ; Threshold = 85.00 C",
                names.get(1));
        assertEquals("PSU1 Status / Presence detected", names.get(2));
        assertEquals("Intrusion / General Chassis Intrusion", names.get(3));
        assertEquals("Intrusion / General Chassis Intrusion", names.get(4));
        assertEquals("N/A / OEM defined = 54h 45h 53h 54h 42h 45h 44h 2Dh 4Fh 45h 4Dh 21h 00h", names.get(5));
        for (int i = 0; i < 6; i++) {
            assertEquals(Integer.toString(i + 1), rows.get(i).get(0));
        }
    }

    @ParameterizedTest(name = "ipmi-fru -I {0}")
    @ValueSource(ints = {3, 11, 17})
    void fru(int suite, @TempDir Path cache) throws IOException {
        String out = ok(freeIpmi(suite, cache).run("ipmi-fru"));
        int psu = out.indexOf("FRU Inventory Device: PSU1 FRU (ID 01h)");
        assertTrue(out.startsWith("FRU Inventory Device: Default FRU Device (ID 00h)") && psu > 0, out);
        Map<String, String> main = fields(out.substring(0, psu), ": ");
        assertEquals("Rack Mount Chassis", main.get("FRU Chassis Type"));
        assertEquals("CHS-TB1000", main.get("FRU Chassis Part Number"));
        assertEquals("CSN-0001", main.get("FRU Chassis Serial Number"));
        assertEquals("01/15/24 - 12:00:00", main.get("FRU Board Manufacturing Date/Time"));
        assertEquals("Testbed Systems", main.get("FRU Board Manufacturer"));
        assertEquals("TB-1000 Mainboard", main.get("FRU Board Product Name"));
        assertEquals("BSN-0001", main.get("FRU Board Serial Number"));
        assertEquals("TB-1000 Server", main.get("FRU Product Name"));
        assertEquals("PSN-0001", main.get("FRU Product Serial Number"));
        assertEquals("ASSET-42", main.get("FRU Product Asset Tag"));
        Map<String, String> psu1 = fields(out.substring(psu), ": ");
        assertEquals("TB-PSU-800", psu1.get("FRU Product Name"));
        assertEquals("A2", psu1.get("FRU Product Version"));
        assertEquals("PSU-SN-0001", psu1.get("FRU Product Serial Number"));
    }

    @ParameterizedTest(name = "ipmi-chassis -I {0}")
    @ValueSource(ints = {3, 11, 17})
    void chassis(int suite, @TempDir Path cache) throws IOException {
        bmc.setPowerOn(suite != 11);
        Map<String, String> status = fields(ok(freeIpmi(suite, cache).run("ipmi-chassis", "--get-chassis-status")),
                " : ");
        assertEquals(suite != 11 ? "on" : "off", status.get("System Power"));
        assertEquals("false", status.get("Power fault"));
        assertEquals("inactive", status.get("Chassis intrusion"));
        assertEquals("off", status.get("Chassis Identify state"));
        assertEquals("Always on", status.get("Power restore policy"));
        bmc.setPowerOn(true);
    }
}
