package dev.ipmi.sdr.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.command.sensor.GetSensorReading;
import dev.ipmi.core.wire.Wire;
import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.BridgeTarget;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.sdr.FullSensorRecord;
import dev.ipmi.sdr.SdrCache;
import dev.ipmi.sdr.SdrCacheKey;
import dev.ipmi.sdr.SdrRepository;
import dev.ipmi.sdr.SdrRepositoryReader;
import dev.ipmi.sdr.SensorReader;
import dev.ipmi.sdr.SensorRecord;
import dev.ipmi.sdr.SensorValue;
import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import dev.ipmi.testkit.ipmisim.IpmiSimUser;
import dev.ipmi.testkit.junit.RequiresIpmiSim;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A second controller at 30h on ipmi_sim's IPMB, added at run time through the emulator
 * console: its device SDRs and its sensors are read through Send Message bridging.
 */
@RequiresIpmiSim(perTest = true)
class IpmiSimSatelliteTest {
    /**
     * The testbed's CPU Temp full sensor record (M 1, degrees C) with owner, LUN, sensor number
     * and name replaced, and no threshold access, so that a reading is one Get Sensor Reading.
     */
    private static final String CPU_TEMP =
            "0400510133200001030167580101800a800a383800010000010000010100012d0000ff00695f550000000202000000c84350552054656d70";

    private static final String NO_EVENTS = "000000000000000";

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

    /** A full sensor record for sensor {@code number} of the controller at {@code owner}, named {@code name} (8 characters). */
    private static byte[] sensorRecord(int recordId, int owner, int lun, int number, String name) {
        byte[] r = Wire.unhex(CPU_TEMP);
        r[0] = (byte) recordId;
        r[5] = (byte) owner;
        r[6] = (byte) lun;
        r[7] = (byte) number;
        r[11] = 0;
        byte[] ascii = name.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(8, ascii.length);
        System.arraycopy(ascii, 0, r, r.length - 8, 8);
        return r;
    }

    /** The record as emulator command arguments: "0x04 0x00 0x51 ...". */
    private static String args(byte[] record) {
        List<String> out = new ArrayList<>();
        for (byte b : record) {
            out.add("0x" + HexFormat.of().toHexDigits(b));
        }
        return String.join(" ", out);
    }

    /** MC 30h with a threshold temperature sensor per (LUN, number, raw) triple. */
    private static void addSatellite(IpmiSimBmc bmc, String deviceSdrs, int[]... sensors) throws Exception {
        // Device support 01h: a sensor device only, no SDR repository of its own.
        bmc.console("mc_add 0x30 0x31 " + deviceSdrs + " 0x02 2 0x34 0x01 0x1291 0x0f03");
        for (int[] s : sensors) {
            bmc.console(String.format("sensor_add 0x30 %d %d 0x01 0x01", s[0], s[1]));
            // Scanning on (else the reading says "unavailable"), no events.
            bmc.console(String.format("sensor_set_event_support 0x30 %d %d enable scanning per-state %s %s %s %s",
                    s[0], s[1], NO_EVENTS, NO_EVENTS, NO_EVENTS, NO_EVENTS));
            bmc.console(String.format("sensor_set_value 0x30 %d %d %d 0", s[0], s[1], s[2]));
        }
    }

    @Test
    void deviceSdrsOfASatelliteControllerAreReadOnEachLunAndItsSensorsThroughBridging(IpmiSimBmc bmc)
            throws Exception {
        addSatellite(bmc, "has-device-sdrs", new int[] {0, 1, 80}, new int[] {1, 2, 33});
        byte[] lun0 = sensorRecord(1, 0x30, 0, 1, "SAT Temp");
        byte[] lun1 = sensorRecord(2, 0x30, 1, 2, "SAT LUN1");
        bmc.console("device_sdr_add 0x30 0 " + args(lun0));
        bmc.console("device_sdr_add 0x30 1 " + args(lun1));
        bmc.console("mc_enable 0x30");

        SdrCache memory = SdrCache.inMemory();
        List<SdrCacheKey> puts = new ArrayList<>();
        SdrCache cache = new SdrCache() {
            @Override
            public Optional<List<byte[]>> get(SdrCacheKey key) throws java.io.IOException {
                return memory.get(key);
            }

            @Override
            public void put(SdrCacheKey key, List<byte[]> records) throws java.io.IOException {
                puts.add(key);
                memory.put(key, records);
            }
        };
        List<int[]> progress = new ArrayList<>();
        SdrRepository repo = new SdrRepositoryReader(session, cache, BridgeTarget.ipmb(0x30))
                .read((n, total) -> progress.add(new int[] {n, total}));
        assertEquals(List.of(), repo.warnings());
        assertEquals(List.of("SAT Temp", "SAT LUN1"), repo.sensors().stream().map(SensorRecord::name).toList());
        FullSensorRecord onLun1 = assertInstanceOf(FullSensorRecord.class, repo.sensor(0x30, 1, 2).orElseThrow());
        assertEquals(1, onLun1.key().lun());
        assertEquals(2, progress.size());

        List<SensorValue> values = new SensorReader(session).readAll(repo);
        assertEquals(80.0, values.get(0).value().getAsDouble(), 1e-9);
        assertEquals(33.0, values.get(1).value().getAsDouble(), 1e-9);
        assertEquals("degrees C", values.get(1).unit());

        // Cached under the satellite's identity (product 0F03h, firmware 2.34), then served from there.
        assertEquals(1, puts.size());
        SdrCacheKey key = puts.get(0);
        assertEquals(List.of(0x1291, 0x0F03, 2, 34), List.of(key.manufacturerId(), key.productId(),
                key.firmwareMajor(), key.firmwareMinor()));
        assertEquals(repo, new SdrRepositoryReader(session, cache, BridgeTarget.ipmb(0x30)).read());
        assertEquals(1, puts.size(), "the second read was a cache hit");
    }

    @Test
    void aRepositorySensorOwnedByTheSatelliteIsReadThroughBridging(IpmiSimBmc bmc) throws Exception {
        addSatellite(bmc, "no-device-sdrs", new int[] {0, 1, 80});
        bmc.console("mc_enable 0x30");
        // The BMC's repository describes the satellite's sensor 1 (owner 30h).
        bmc.console("main_sdr_add 0x20 " + args(sensorRecord(14, 0x30, 0, 1, "SAT Temp")));

        SdrRepository repo = new SdrRepositoryReader(session).read();
        assertEquals(14, repo.records().size());
        SensorRecord satellite = repo.sensor(0x30, 0, 1).orElseThrow();
        SensorValue v = new SensorReader(session).read(satellite);
        assertEquals(80.0, v.value().getAsDouble(), 1e-9);
        // The BMC's own sensor 1 is CPU Temp at 45: the 80 came from the controller at 30h.
        SensorValue cpu = new SensorReader(session).read(repo.sensor(0x20, 0, 1).orElseThrow());
        assertEquals(45.0, cpu.value().getAsDouble(), 1e-9);
        assertEquals(80, session.send(new GetSensorReading(1), BridgeTarget.ipmb(0x30)).get().rawReading());
        Optional<SensorRecord> none = repo.sensor(0x30, 0, 2);
        assertTrue(none.isEmpty());
    }
}
