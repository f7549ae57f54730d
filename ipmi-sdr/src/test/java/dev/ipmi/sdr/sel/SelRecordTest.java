package dev.ipmi.sdr.sel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.sensor.Threshold;
import dev.ipmi.core.testing.Robustness;
import dev.ipmi.core.wire.Wire;
import dev.ipmi.sdr.SdrRecord;
import dev.ipmi.sdr.SensorRecord;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelRecordTest {
    /** The testbed's six SEL entries as Get SEL Entry returns them (after the next-id bytes). */
    static final List<String> TESTBED_SEL = List.of(
            "010002bc0600002000040808 6f00ffff",
            "020002bc0600002000040101 01575655",
            "030002bc0600002000040808 6f00ffff",
            "040002bc0600002000040509 6f00ffff",
            "050002bc0600002000040509 ef00ffff",
            "0600e0544553544245442d4f454d2100");
    /** The SDRs of the sensors the entries name (CPU Temp, PSU1 Status, Intrusion). */
    static final String CPU_TEMP_SDR = "0400510133200001030167580101800a800a383800010000010000010100012d0000ff00"
            + "695f550000000202000000c84350552054656d70";
    static final String PSU_SDR = "0b005102262000080a016740086f030003000f00c000004000000000000000cb5053553120537461747573";
    static final String INTRUSION_SDR = "0c0051022420000917016740056f010001000100c000000000000000000000c9496e74727573696f6e";

    private static SelRecord sel(int index) throws MalformedPacketException {
        return SelRecord.decode(ByteBuffer.wrap(Wire.unhex(TESTBED_SEL.get(index).replace(" ", ""))));
    }

    private static SensorRecord sdr(String hex) throws MalformedPacketException {
        return (SensorRecord) SdrRecord.decode(Wire.unhex(hex));
    }

    @ParameterizedTest(name = "entry {0}")
    @CsvSource(delimiter = ';', textBlock = """
            1 ; psu       ; Power Supply PSU1 Status | Presence detected | Asserted
            2 ; cpu       ; Temperature CPU Temp | Upper Non-critical going high | Asserted | Reading 86 > Threshold 85 degrees C
            3 ; psu       ; Power Supply PSU1 Status | Presence detected | Asserted
            4 ; intrusion ; Physical Security Intrusion | General Chassis intrusion | Asserted
            5 ; intrusion ; Physical Security Intrusion | General Chassis intrusion | Deasserted
            """)
    void testbedSystemEventsDescribeLikeIpmitool(int id, String sensor, String line) throws Exception {
        SystemEventRecord e = assertInstanceOf(SystemEventRecord.class, sel(id - 1));
        assertEquals(id, e.recordId());
        assertTrue(e.timestamp().isRelativeToInit());
        assertEquals(1724, e.timestamp().seconds());
        assertTrue(e.timestamp().toInstant().isEmpty());
        assertEquals(0x20, e.generatorAddress());
        assertFalse(e.generatedBySoftware());
        assertEquals(4, e.evmRevision());
        SensorRecord sdr = sdr(switch (sensor) {
            case "psu" -> PSU_SDR;
            case "cpu" -> CPU_TEMP_SDR;
            default -> INTRUSION_SDR;
        });
        assertEquals(sdr.key().sensorNumber(), e.sensorNumber());
        assertEquals(line, e.describe(sdr));
    }

    @Test
    void thresholdEventCarriesReadingAndThreshold() throws Exception {
        SystemEventRecord e = (SystemEventRecord) sel(1);
        SensorRecord cpu = sdr(CPU_TEMP_SDR);
        assertTrue(e.eventReadingType().isThreshold());
        assertEquals(7, e.offset());
        assertEquals(Threshold.UPPER_NON_CRITICAL, e.threshold().orElseThrow());
        assertEquals(86.0, e.triggerReading(cpu).getAsDouble(), 1e-9);
        assertEquals(85.0, e.triggerThreshold(cpu).getAsDouble(), 1e-9);
        assertTrue(e.triggerReading(null).isEmpty());
        assertEquals("Temperature #0x01 | Upper Non-critical going high | Asserted", e.describe(null));
    }

    @Test
    void oemRecords() throws Exception {
        OemNonTimestampedRecord oem = assertInstanceOf(OemNonTimestampedRecord.class, sel(5));
        assertEquals(0xE0, oem.recordType());
        assertEquals("544553544245442d4f454d2100", Wire.hex(oem.data()));
        OemTimestampedRecord ts = assertInstanceOf(OemTimestampedRecord.class, SelRecord.decode(
                ByteBuffer.wrap(Wire.unhex("0700c100e1f565570100010203040506"))));
        assertEquals(0xC1, ts.recordType());
        assertEquals(Instant.ofEpochSecond(0x65f5e100L), ts.timestamp().toInstant().orElseThrow());
        assertEquals(0x157, ts.manufacturerId());
        assertEquals("010203040506", Wire.hex(ts.data()));
        UnknownSelRecord u = assertInstanceOf(UnknownSelRecord.class, SelRecord.decode(
                ByteBuffer.wrap(Wire.unhex("08001000000000000000000000000000"))));
        assertEquals(0x10, u.recordType());
        assertThrows(MalformedPacketException.class, () -> SelRecord.decode(ByteBuffer.wrap(new byte[15])));
    }

    @Test
    void discreteEventWithOemDataAndTimestamps() throws Exception {
        // Sensor-specific processor event, data 2/3 OEM; a real timestamp
        SystemEventRecord e = (SystemEventRecord) SelRecord.decode(ByteBuffer.wrap(
                Wire.unhex("0900020065f565410004073c6fa7aabb")));
        assertEquals("2024-03-16T09:23:12Z", e.timestamp().toString());
        assertEquals(0x41, e.generatorAddress());
        assertTrue(e.generatedBySoftware());
        assertEquals("Processor #0x3c | Presence detected | Asserted | OEM data aa bb", e.describe(null));
        assertTrue(((SystemEventRecord) SelRecord.decode(ByteBuffer.wrap(
                Wire.unhex("09000200000020410004073c6fa7aabb")))).timestamp().isRelativeToInit(), "20000000h is pre-init");
    }

    @Test
    void everyRecordTypeRoundTrips() throws Exception {
        List<String> all = new java.util.ArrayList<>(TESTBED_SEL);
        all.addAll(List.of("0700c100e1f565570100010203040506", "08001000000000000000000000000000",
                "0900020065f565410004073c6fa7aabb"));
        for (String hex : all) {
            byte[] bytes = Wire.unhex(hex.replace(" ", ""));
            SelRecord r = SelRecord.decode(ByteBuffer.wrap(bytes));
            assertEquals(Wire.hex(bytes), Wire.hex(r.toBytes()), r.toString());
            assertEquals(16, r.encodedLength());
        }
    }

    @Test
    void everySelRecordIsRobust() {
        for (String hex : TESTBED_SEL) {
            Robustness.assertRobust("SEL " + hex, Wire.unhex(hex.replace(" ", "")), in -> {
                SelRecord r = SelRecord.decode(in);
                if (r instanceof SystemEventRecord e) {
                    // the interpretation must cope with whatever the entry says, SDR or not
                    e.describe(null);
                    e.describe(sdr(CPU_TEMP_SDR));
                    e.describe(sdr(INTRUSION_SDR));
                }
                return r;
            });
        }
        Robustness.assertRobust("SEL C1", Wire.unhex("0700c100e1f565570100010203040506"), SelRecord::decode);
    }
}
