package dev.ipmi.sdr.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.command.sensor.Threshold;
import dev.ipmi.core.wire.Wire;
import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.sdr.CompactSensorRecord;
import dev.ipmi.sdr.EventOnlyRecord;
import dev.ipmi.sdr.FruDeviceLocatorRecord;
import dev.ipmi.sdr.FullSensorRecord;
import dev.ipmi.sdr.Hysteresis;
import dev.ipmi.sdr.McDeviceLocatorRecord;
import dev.ipmi.sdr.SdrCache;
import dev.ipmi.sdr.SdrRepository;
import dev.ipmi.sdr.SdrRepositoryReader;
import dev.ipmi.sdr.SensorReader;
import dev.ipmi.sdr.SensorRecord;
import dev.ipmi.sdr.SensorValue;
import dev.ipmi.sdr.fru.FruInventory;
import dev.ipmi.sdr.fru.FruReader;
import dev.ipmi.sdr.sel.OemNonTimestampedRecord;
import dev.ipmi.sdr.sel.SelReader;
import dev.ipmi.sdr.sel.SelRecord;
import dev.ipmi.sdr.sel.SystemEventRecord;
import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import dev.ipmi.testkit.ipmisim.IpmiSimUser;
import dev.ipmi.testkit.junit.RequiresIpmiSim;
import dev.ipmi.testkit.process.CommandResult;
import dev.ipmi.testkit.refclient.FreeIpmi;
import dev.ipmi.testkit.refclient.Ipmitool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SDRs, sensors, SEL and FRU of ipmi_sim's testbed read by this library and compared with the
 * testbed's table and with what ipmitool prints for the same BMC.
 */
@RequiresIpmiSim
class IpmiSimSdrTest {
    private IpmiClient client;
    private IpmiSession session;

    @BeforeEach
    void open(IpmiSimBmc bmc) throws Exception {
        client = IpmiClient.newBuilder().build();
        IpmiSimUser u = IpmiSimUser.ADMIN;
        session = client.openSessionBlocking(BmcAddress.of(bmc.host(), bmc.port()),
                Credentials.of(u.name(), u.password()).withPrivilege(u.maxPrivilege()));
    }

    @AfterEach
    void close() {
        session.close();
        client.close();
    }

    private static List<String[]> ipmitool(IpmiSimBmc bmc, String... args) throws Exception {
        CommandResult r = Ipmitool.forBmc(bmc).run(args);
        assertTrue(r.succeeded(), r::toString);
        List<String[]> rows = new ArrayList<>();
        for (String line : r.output().split("\n")) {
            if (!line.isBlank()) {
                String[] cols = line.split("\\|");
                for (int i = 0; i < cols.length; i++) {
                    cols[i] = cols[i].strip();
                }
                rows.add(cols);
            }
        }
        return rows;
    }

    /** Equal to the precision ipmitool printed {@code printed} with. */
    private static void assertPrinted(String printed, double value, String what) {
        int dot = printed.indexOf('.');
        int decimals = dot < 0 ? 0 : printed.length() - dot - 1;
        assertEquals(Double.parseDouble(printed), value, 0.5 * Math.pow(10, -decimals) + 1e-9, what);
    }

    @Test
    void repositoryHasEveryRecordOfTheTestbed() throws Exception {
        List<int[]> progress = new CopyOnWriteArrayList<>();
        SdrRepository repo = new SdrRepositoryReader(session).read((read, total) -> progress.add(new int[] {read, total}));
        assertEquals(List.of(), repo.warnings());
        assertEquals(13, repo.records().size());
        assertEquals(13, progress.size());
        assertEquals(13, progress.get(12)[0]);
        assertEquals(13, progress.get(12)[1]);
        McDeviceLocatorRecord mc = assertInstanceOf(McDeviceLocatorRecord.class, repo.records().get(0));
        assertEquals("Testbed BMC", mc.name());
        assertEquals(0x20, mc.slaveAddress());
        assertEquals("6.1", mc.entity().toString());
        FruDeviceLocatorRecord fru = assertInstanceOf(FruDeviceLocatorRecord.class, repo.records().get(1));
        assertEquals("PSU1 FRU", fru.name());
        assertEquals(1, fru.fruDeviceId());
        assertEquals("10.1", fru.entity().toString());
        EventOnlyRecord watchdog = assertInstanceOf(EventOnlyRecord.class, repo.records().get(2));
        assertEquals("Watchdog", watchdog.name());
        assertEquals(List.of("PSU1 Status", "Intrusion"),
                repo.recordsOf(CompactSensorRecord.class).stream().map(SensorRecord::name).toList());
        assertEquals(8, repo.recordsOf(FullSensorRecord.class).size());
    }

    @Test
    void sensorsMatchTheTestbedTable() throws Exception {
        SdrRepository repo = new SdrRepositoryReader(session).read();
        Map<String, SensorValue> values = byName(new SensorReader(session).readAll(repo));
        Object[][] table = {
            {"CPU Temp", 45.0, "degrees C", "ok"}, {"Inlet Temp", 24.0, "degrees C", "ok"},
            {"12V", 12.0, "Volts", "ok"}, {"5V", 5.02, "Volts", "ok"}, {"3.3V", 3.30, "Volts", "ok"},
            {"FAN1", 5400.0, "RPM", "ok"}, {"FAN2", 900.0, "RPM", "nc"},
            {"CPU Margin", -35.0, "degrees C", "ok"},
        };
        for (Object[] row : table) {
            SensorValue v = values.get((String) row[0]);
            assertEquals((double) row[1], v.value().getAsDouble(), 1e-9, (String) row[0]);
            assertEquals(row[2], v.unit(), (String) row[0]);
            assertEquals(row[3], v.statusText(), (String) row[0]);
        }
        assertEquals("lnc", values.get("FAN2").thresholdStatus().shortText());
        assertEquals(List.of("Presence detected"), values.get("PSU1 Status").states());
        assertEquals(List.of(), values.get("Intrusion").states());
        Map<Threshold, Double> inlet = values.get("Inlet Temp").thresholds();
        assertEquals(-20.0, inlet.get(Threshold.LOWER_NON_RECOVERABLE), 1e-9);
        assertEquals(50.0, inlet.get(Threshold.UPPER_NON_RECOVERABLE), 1e-9);
        Map<Threshold, Double> fiveVolt = values.get("5V").thresholds();
        assertEquals(4.51, fiveVolt.get(Threshold.LOWER_CRITICAL), 1e-9);
        assertEquals(5.50, fiveVolt.get(Threshold.UPPER_CRITICAL), 1e-9);
        assertTrue(!fiveVolt.containsKey(Threshold.UPPER_NON_RECOVERABLE));
        FullSensorRecord cpu = (FullSensorRecord) values.get("CPU Temp").sensor();
        assertEquals(new Hysteresis(2.0, 2.0, 2, 2), new SensorReader(session).hysteresis(cpu));
    }

    @Test
    void sensorsMatchIpmitoolSdrListAndSensorList(IpmiSimBmc bmc) throws Exception {
        SdrRepository repo = new SdrRepositoryReader(session).read();
        Map<String, SensorValue> values = byName(new SensorReader(session).readAll(repo));
        List<String[]> sdrList = ipmitool(bmc, "sdr", "list");
        assertEquals(10, sdrList.size());
        for (String[] row : sdrList) {
            SensorValue v = values.get(row[0]);
            assertEquals(row[2], v.statusText(), row[0]);
            if (v.isThresholdSensor()) {
                String[] reading = row[1].split(" ", 2);
                assertPrinted(reading[0], v.value().getAsDouble(), row[0]);
                assertEquals(reading[1], v.unit(), row[0]);
            } else {
                assertEquals(Integer.parseInt(row[1].substring(2), 16), v.reading().states() & 0xFF, row[0]);
            }
        }
        List<String[]> sensorList = ipmitool(bmc, "sensor", "list");
        Threshold[] columns = {Threshold.LOWER_NON_RECOVERABLE, Threshold.LOWER_CRITICAL,
            Threshold.LOWER_NON_CRITICAL, Threshold.UPPER_NON_CRITICAL, Threshold.UPPER_CRITICAL,
            Threshold.UPPER_NON_RECOVERABLE};
        for (String[] row : sensorList) {
            SensorValue v = values.get(row[0]);
            assertEquals(row[2], v.unit(), row[0]);
            if (!v.isThresholdSensor()) {
                continue;
            }
            assertPrinted(row[1], v.value().getAsDouble(), row[0]);
            assertEquals(row[3], v.statusText(), row[0]);
            for (int i = 0; i < columns.length; i++) {
                String printed = row[4 + i];
                Double ours = v.thresholds().get(columns[i]);
                if (printed.equals("na")) {
                    assertEquals(null, ours, row[0] + " " + columns[i]);
                } else {
                    assertPrinted(printed, ours, row[0] + " " + columns[i]);
                }
            }
        }
    }

    @Test
    void sensorsMatchFreeIpmiSensors(IpmiSimBmc bmc) throws Exception {
        SdrRepository repo = new SdrRepositoryReader(session).read();
        Map<String, SensorValue> values = byName(new SensorReader(session).readAll(repo));
        CommandResult r = FreeIpmi.forBmc(bmc).run("ipmi-sensors", "--output-sensor-thresholds",
                "--comma-separated-output", "--no-header-output");
        assertTrue(r.succeeded(), r::toString);
        // record id, name, type, reading, unit, LNR, LC, LNC, UNC, UC, UNR, 'event'
        Threshold[] columns = {Threshold.LOWER_NON_RECOVERABLE, Threshold.LOWER_CRITICAL,
            Threshold.LOWER_NON_CRITICAL, Threshold.UPPER_NON_CRITICAL, Threshold.UPPER_CRITICAL,
            Threshold.UPPER_NON_RECOVERABLE};
        int rows = 0;
        for (String line : r.output().split("\n")) {
            if (!line.matches("\\d+,.*")) {
                continue; // "Caching SDR repository" progress
            }
            rows++;
            String[] c = line.split(",");
            SensorValue v = values.get(c[1]);
            assertEquals(Integer.parseInt(c[0]), v.sensor().recordId(), c[1]);
            assertEquals(c[2], v.sensor().sensorType().name(), c[1]);
            String event = c[11].replace("'", "");
            if (!v.isThresholdSensor()) {
                assertEquals(event.equals("OK") ? List.of() : List.of(event), v.states(), c[1]);
                continue;
            }
            assertPrinted(c[3], v.value().getAsDouble(), c[1]);
            for (int i = 0; i < columns.length; i++) {
                Double ours = v.thresholds().get(columns[i]);
                if (c[5 + i].equals("N/A")) {
                    assertEquals(null, ours, c[1] + " " + columns[i]);
                } else {
                    assertPrinted(c[5 + i], ours, c[1] + " " + columns[i]);
                }
            }
            assertEquals(event.equals("OK") ? "ok" : "nc", v.statusText(), c[1]);
        }
        assertEquals(10, rows);
    }

    @Test
    void selMatchesIpmitoolSelElist(IpmiSimBmc bmc) throws Exception {
        SdrRepository repo = new SdrRepositoryReader(session).read();
        SelReader reader = new SelReader(session);
        List<SelRecord> sel = reader.readAll();
        assertEquals(6, sel.size());
        assertEquals(6, reader.info().entries());
        // ipmi_sim's SEL clock counts seconds since it started.
        assertTrue(reader.time().isRelativeToInit(), reader.time().toString());
        List<String[]> elist = ipmitool(bmc, "sel", "elist");
        assertEquals(6, elist.size());
        for (int i = 0; i < 5; i++) {
            SystemEventRecord e = assertInstanceOf(SystemEventRecord.class, sel.get(i));
            String[] row = elist.get(i);
            assertEquals(Integer.parseInt(row[0], 16), e.recordId());
            assertEquals("Pre-Init", row[1]);
            assertTrue(e.timestamp().isRelativeToInit());
            assertEquals(Long.parseLong(row[2]), e.timestamp().seconds());
            SensorRecord sdr = repo.sensor(0x20, 0, e.sensorNumber()).orElseThrow();
            assertEquals(String.join(" | ", List.of(row).subList(3, row.length)), e.describe(sdr));
        }
        OemNonTimestampedRecord oem = assertInstanceOf(OemNonTimestampedRecord.class, sel.get(5));
        assertEquals("OEM record " + Integer.toHexString(oem.recordType()), elist.get(5)[1]);
        assertEquals(elist.get(5)[2], Wire.hex(oem.data()));
        assertEquals("TESTBED-OEM!", new String(oem.data(), 0, 12, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void frusMatchIpmitoolFruPrint(IpmiSimBmc bmc) throws Exception {
        FruReader reader = new FruReader(session);
        FruInventory builtin = reader.read(0);
        FruInventory psu = reader.read(1);
        assertTrue(builtin.clean(), builtin.warnings().toString());
        assertTrue(psu.clean(), psu.warnings().toString());
        Map<String, String> ours = new LinkedHashMap<>();
        builtin.chassis().ifPresent(c -> {
            ours.put("0 Chassis Type", c.chassisTypeName());
            ours.put("0 Chassis Part Number", c.partNumber());
            ours.put("0 Chassis Serial", c.serialNumber());
        });
        builtin.board().ifPresent(b -> {
            ours.put("0 Board Mfg Date", DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss yyyy 'UTC'", Locale.ROOT)
                    .format(b.manufactured().orElseThrow().atZone(ZoneOffset.UTC)));
            ours.put("0 Board Mfg", b.manufacturer());
            ours.put("0 Board Product", b.productName());
            ours.put("0 Board Serial", b.serialNumber());
            ours.put("0 Board Part Number", b.partNumber());
        });
        for (int id = 0; id <= 1; id++) {
            var p = (id == 0 ? builtin : psu).product().orElseThrow();
            ours.put(id + " Product Manufacturer", p.manufacturer());
            ours.put(id + " Product Name", p.name());
            ours.put(id + " Product Part Number", p.partNumber());
            ours.put(id + " Product Version", p.version());
            ours.put(id + " Product Serial", p.serialNumber());
            if (!p.assetTag().isEmpty()) {
                ours.put(id + " Product Asset Tag", p.assetTag());
            }
        }
        CommandResult r = Ipmitool.forBmc(bmc).run("fru", "print");
        assertTrue(r.succeeded(), r::toString);
        Map<String, String> theirs = new LinkedHashMap<>();
        int fru = -1;
        for (String line : r.output().split("\n")) {
            int colon = line.indexOf(" : ");
            if (colon < 0) {
                continue;
            }
            String field = line.substring(0, colon).strip();
            String value = line.substring(colon + 3).strip();
            if (field.equals("FRU Device Description")) {
                fru++;
                continue;
            }
            theirs.put(fru + " " + field, value);
        }
        assertEquals(theirs, ours);
        assertEquals("fru1", builtin.board().orElseThrow().fruFileId());
    }

    @Test
    void cacheServesTheSecondRead(@TempDir Path dir) throws Exception {
        SdrCache cache = SdrCache.directory(dir);
        SdrRepository first = new SdrRepositoryReader(session, cache).read();
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.toList();
        }
        assertEquals(1, files.size(), files.toString());
        List<int[]> progress = new CopyOnWriteArrayList<>();
        SdrRepository second = new SdrRepositoryReader(session, cache).read((a, b) -> progress.add(new int[] {a, b}));
        assertEquals(List.of(), progress, "a cache hit reads no records");
        assertEquals(first.records(), second.records());
    }

    @Test
    @RequiresIpmiSim
    void selClearEmptiesTheLog(IpmiSimBmc bmc) throws Exception {
        // This method has its own BMC (see @RequiresIpmiSim on the method) and session.
        SelReader sel = new SelReader(session);
        sel.clear(Duration.ofMillis(100));
        assertEquals(0, sel.readAll().size());
        assertEquals(0, sel.info().entries());
    }

    @Test
    @RequiresIpmiSim
    void thresholdCrossingShowsInTheReadingAndTheSel(IpmiSimBmc bmc) throws Exception {
        // Own BMC: CPU Temp to 90 C (above UNC 85) with an event into the SEL.
        bmc.console("sensor_set_value 0x20 0 1 90 1");
        SdrRepository repo = new SdrRepositoryReader(session).read();
        SensorRecord cpu = repo.sensor(0x20, 0, 1).orElseThrow();
        SensorValue v = waitFor(() -> new SensorReader(session).read(cpu), x -> x.value().getAsDouble() == 90.0);
        assertEquals("nc", v.statusText());
        assertEquals("unc", v.thresholdStatus().shortText());
        List<SelRecord> sel = waitFor(() -> new SelReader(session).readAll(), l -> l.size() == 7);
        SystemEventRecord e = assertInstanceOf(SystemEventRecord.class, sel.get(6));
        assertEquals("Temperature CPU Temp | Upper Non-critical going high | Asserted | Reading 90 > Threshold 85 degrees C",
                e.describe(cpu));
        String[] last = ipmitool(bmc, "sel", "elist").get(6);
        assertEquals(String.join(" | ", List.of(last).subList(3, last.length)), e.describe(cpu));
    }

    private interface Read<T> {
        T get() throws Exception;
    }

    /** The console FIFO is asynchronous: poll briefly until the simulator has applied the change. */
    private static <T> T waitFor(Read<T> read, java.util.function.Predicate<T> done) throws Exception {
        T value = read.get();
        for (int i = 0; i < 50 && !done.test(value); i++) {
            Thread.sleep(20);
            value = read.get();
        }
        return value;
    }

    private static Map<String, SensorValue> byName(List<SensorValue> values) {
        Map<String, SensorValue> m = new LinkedHashMap<>();
        for (SensorValue v : values) {
            m.put(v.sensor().name(), v);
        }
        return m;
    }
}
