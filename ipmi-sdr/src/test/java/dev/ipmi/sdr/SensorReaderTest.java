package dev.ipmi.sdr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.lan.BridgeTarget;
import java.util.List;
import org.junit.jupiter.api.Test;

class SensorReaderTest {
    /** Byte offsets in a full sensor record (header included). */
    private static final int OWNER = 5;
    private static final int OWNER_LUN = 6;
    /** Capabilities with no threshold access, so a reading needs only Get Sensor Reading. */
    private static final int CAPABILITIES = 11;

    private static SensorRecord cpuTemp(int owner, int ownerLun) throws Exception {
        byte[] rec = TestbedSdrs.bytes(4);
        rec[OWNER] = (byte) owner;
        rec[OWNER_LUN] = (byte) ownerLun;
        rec[CAPABILITIES] = 0;
        return (SensorRecord) SdrRecord.decode(rec);
    }

    @Test
    void bmcSensorsOnLunZeroAreAskedDirectly() throws Exception {
        FakeStorageBmc bmc = new FakeStorageBmc(List.of(), new byte[0]);
        SensorValue v = new SensorReader(bmc).read(cpuTemp(0x20, 0x00));
        assertEquals(45.0, v.value().getAsDouble(), 1e-9);
        assertEquals(List.of(), bmc.bridged);
    }

    @Test
    void otherOwnersAndLunsAreBridged() throws Exception {
        FakeStorageBmc bmc = new FakeStorageBmc(List.of(), new byte[0]);
        bmc.sensorReading = new byte[] {0x5a, (byte) 0xc0, 0x08};
        SensorValue v = new SensorReader(bmc).read(cpuTemp(0x72, 0x61)); // channel 6, LUN 1
        assertEquals(90.0, v.value().getAsDouble(), 1e-9);
        assertEquals("nc", v.statusText());
        SensorValue lun2 = new SensorReader(bmc).read(cpuTemp(0x20, 0x02));
        assertTrue(lun2.value().isPresent());
        assertEquals(List.of(new BridgeTarget(6, 0x72, 1), new BridgeTarget(0, 0x20, 2)), bmc.bridged);
    }

    @Test
    void softwareOwnedSensorsHaveNoReading() throws Exception {
        FakeStorageBmc bmc = new FakeStorageBmc(List.of(), new byte[0]);
        SensorValue v = new SensorReader(bmc).read(cpuTemp(0x41, 0x00));
        assertFalse(v.reading().valid());
        assertEquals("ns", v.statusText());
        assertEquals(List.of(), bmc.bridged);
    }
}
