package dev.ipmi.sdr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.testing.Robustness;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SensorValueTest {

    private static SensorValue read(int recordId, String responseHex) throws Exception {
        SensorRecord sensor = (SensorRecord) SdrRecord.decode(TestbedSdrs.bytes(recordId));
        return SensorValue.of(sensor, SensorReading.decode(ByteBuffer.wrap(Wire.unhex(responseHex))));
    }

    @ParameterizedTest(name = "record {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            4  | 2dc000   | 45    | ok | ok
            5  | 40c000   | 24    | ok | ok
            6  | c8c000   | 12    | ok | ok
            7  | 22c000   | 5.02  | ok | ok
            8  | a5c000   | 3.3   | ok | ok
            9  | 5ac000   | 5400  | ok | ok
            10 | 0fc001   | 900   | nc | lnc
            13 | ddc000   | -35   | ok | ok
            4  | 5ac038   | 90    | nr | unr
            4  | 5ac00c   | 90    | nr | lnr
            4  | 5ac012   | 90    | cr | ucr
            """)
    void thresholdSensors(int id, String response, double value, String sdrStatus, String sensorStatus)
            throws Exception {
        SensorValue v = read(id, response);
        assertEquals(value, v.value().getAsDouble(), 1e-9);
        assertEquals(sdrStatus, v.statusText());
        assertEquals(sensorStatus, v.thresholdStatus().shortText());
        assertTrue(v.states().isEmpty());
    }

    @Test
    void unavailableAndScanningDisabledHaveNoValue() throws Exception {
        SensorValue unavailable = read(4, "2de000");
        assertTrue(unavailable.value().isEmpty());
        assertEquals("ns", unavailable.statusText());
        SensorValue disabled = read(4, "2d8000");
        assertTrue(disabled.value().isEmpty());
        assertEquals("ns", disabled.statusText());
        // Old BMCs leave out byte 3.
        assertEquals(45.0, read(4, "2dc0").value().getAsDouble(), 1e-9);
    }

    @Test
    void discreteSensorsNameTheirStates() throws Exception {
        SensorValue psu = read(11, "00c00100");
        assertTrue(psu.value().isEmpty());
        assertEquals("discrete", psu.unit());
        assertEquals(List.of("Presence detected"), psu.states());
        assertEquals(List.of(), read(12, "00c00000").states());
        assertEquals(List.of("General Chassis intrusion", "FAN area intrusion"), read(12, "00c04100").states());
    }

    @ParameterizedTest(name = "type 0x{0} sensor 0x{1} offset {2}")
    @CsvSource(delimiter = '|', textBlock = """
            01 | 01 | 7  | Upper Non-critical going high
            03 | 00 | 1  | State Asserted
            07 | 00 | 8  | Informational
            0b | 00 | 1  | Redundancy Lost
            6f | 07 | 7  | Presence detected
            6f | 08 | 0  | Presence detected
            6f | 05 | 0  | General Chassis intrusion
            6f | 23 | 8  | Timer interrupt
            6f | 2c | 7  | Communication lost
            """)
    void stateNames(String ert, String sensorType, int offset, String name) {
        assertEquals(Optional.of(name), EventStates.name(EventReadingType.of(Integer.parseInt(ert, 16)),
                SensorType.of(Integer.parseInt(sensorType, 16)), offset));
    }

    @Test
    void unnamedStates() {
        assertEquals(Optional.empty(), EventStates.name(EventReadingType.of(0x6F), SensorType.of(0x23), 4));
        assertEquals(Optional.empty(), EventStates.name(EventReadingType.of(0x70), SensorType.of(0x01), 0));
        assertEquals(List.of("State 3"), EventStates.names(EventReadingType.of(0x03), SensorType.of(0), 0x08));
    }

    @Test
    void namesOfCodes() {
        assertEquals("Power Supply", EntityId.of(0x0A).name());
        assertEquals("Chassis-specific 0x91", EntityId.of(0x91).name());
        assertEquals("OEM 0xD0", EntityId.of(0xD0).name());
        assertEquals("FRU State", SensorType.of(0x2C).name());
        assertEquals("OEM 0xC0", SensorType.of(0xC0).name());
        assertEquals("Sensor-specific Discrete", EventReadingType.of(0x6F).name());
    }

    @Test
    void readingStatesAndRobustness() throws Exception {
        byte[] bytes = Wire.unhex("0fc081ff");
        SensorReading r = SensorReading.decode(ByteBuffer.wrap(bytes));
        assertEquals(new SensorReading(0x0F, true, true, false, 0x7F81), r); // bit 15 is reserved
        Robustness.assertRobust("Get Sensor Reading", bytes, SensorReading::decode);
    }
}
