package dev.ipmi.sdr.fru;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.testing.Robustness;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Multirecord data built field by field from the layouts of the Platform Management FRU
 * Information Storage Definition v1.0 §18 and the typed records they decode to.
 */
class MultiRecordTest {
    /** 800 W supply, 90-140 V and 180-264 V inputs, hot swap + autoswitch + PFC. */
    static final String PSU = "2003" // overall capacity 800 W
            + "e803" // peak 1000 VA
            + "28" + "05" // inrush 40 A for 5 ms
            + "2823" + "b036" // range 1: 90.00 - 140.00 V (10 mV units)
            + "5046" + "2067" // range 2: 180.00 - 264.00 V
            + "2f" + "3f" // 47 - 63 Hz
            + "14" // 20 ms dropout tolerance
            + "0e" // hot swap, autoswitch, power factor correction
            + "8423" // hold-up 2 s, peak 900 W
            + "02" // combined wattage of 12 V (0) and 5 V (2)
            + "5203" // 850 W combined
            + "0a"; // tachometer lower threshold 10 RPS
    /** Standby output 1: 12.00 V -0.60/+0.60 V, 120 mV ripple, 0.5 - 41 A. */
    static final String DC_OUTPUT = "81" + "b004" + "c4ff" + "3c00" + "7800" + "f401" + "28a0";
    /** Output 2: -12.00 V -0.48/+0.48 V, 100 mV ripple, 0 - 0.8 A. */
    static final String DC_OUTPUT_NEGATIVE = "02" + "50fb" + "d0ff" + "3000" + "6400" + "0000" + "2003";
    /** Load on output 3: 3.30 V (3.14 - 3.46 V), 50 mV ripple, 0.1 - 8 A. */
    static final String DC_LOAD = "03" + "4a01" + "3a01" + "5a01" + "3200" + "6400" + "401f";
    static final String SYSTEM_NAME = "02" + hex("web01.example");
    static final String UNIQUE_ID = "07" + "a123456789abcdefa123456789abcdef";
    /** Manufacturer 4753 (001291h), entity 0Ah (power supply), base 01h, codes from 16: mask 05h = 16 and 18. */
    static final String BASE_COMPATIBILITY = "911200" + "0a" + "01" + "10" + "05";
    static final String EXTENDED_COMPATIBILITY = "911200" + "0a" + "02" + "00" + "ff01";
    static final String OEM = "571300" + "aabbcc";

    private static String hex(String ascii) {
        return Wire.hex(ascii.getBytes(StandardCharsets.US_ASCII));
    }

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(0x00, PSU, new PowerSupplyInformation(800, 1000, 40, 5, 9000, 14000, 18000, 26400,
                        47, 63, 20, 0x0E, 2, 900, 0, 2, 850, 10)),
                Arguments.of(0x01, DC_OUTPUT, new DcOutput(1, true, 1200, -60, 60, 120, 500, 41000)),
                Arguments.of(0x01, DC_OUTPUT_NEGATIVE, new DcOutput(2, false, -1200, -48, 48, 100, 0, 800)),
                Arguments.of(0x02, DC_LOAD, new DcLoad(3, 330, 314, 346, 50, 100, 8000)),
                Arguments.of(0x03, SYSTEM_NAME, new ManagementAccess(ManagementAccessType.SYSTEM_NAME,
                        "web01.example".getBytes(StandardCharsets.US_ASCII))),
                Arguments.of(0x03, UNIQUE_ID, new ManagementAccess(ManagementAccessType.SYSTEM_UNIQUE_ID,
                        Wire.unhex("a123456789abcdefa123456789abcdef"))),
                Arguments.of(0x04, BASE_COMPATIBILITY, new CompatibilityRecord(4, 4753, 0x0A, 1, 16, new byte[] {5})),
                Arguments.of(0x05, EXTENDED_COMPATIBILITY,
                        new CompatibilityRecord(5, 4753, 0x0A, 2, 0, new byte[] {(byte) 0xff, 1})),
                Arguments.of(0xC0, OEM, new RawMultiRecordContent(0xC0, Wire.unhex(OEM))),
                Arguments.of(0x06, "0102", new RawMultiRecordContent(0x06, Wire.unhex("0102"))));
    }

    @ParameterizedTest(name = "type 0x{0}: {1}")
    @MethodSource("table")
    void decodesAndRoundTrips(int type, String hex, MultiRecordContent want) throws Exception {
        MultiRecordContent got = MultiRecordContent.decode(type, Wire.unhex(hex));
        assertEquals(want, got);
        assertEquals(type, got.type());
        ByteBuffer out = ByteBuffer.allocate(got.encodedLength());
        got.encode(out);
        assertEquals(hex, Wire.hex(out.array()));
        assertEquals(0, out.remaining());
        Robustness.assertRobust("multirecord type " + type, Wire.unhex(hex),
                in -> MultiRecordContent.decode(type, Wire.bytes(in, in.remaining(), "test")));
    }

    @Test
    void flagsAndFieldsReadAsTheSpecificationNamesThem() throws Exception {
        PowerSupplyInformation psu = (PowerSupplyInformation) MultiRecordContent.decode(0, Wire.unhex(PSU));
        assertTrue(psu.hotSwap());
        assertTrue(psu.autoswitch());
        assertTrue(psu.powerFactorCorrection());
        assertFalse(psu.predictiveFailSupport());
        assertFalse(psu.tachometerOrPolarityBit());
        // Reserved bits 15:12 of the capacity are not part of it.
        byte[] reserved = Wire.unhex(PSU);
        reserved[1] |= (byte) 0xF0;
        assertEquals(800, ((PowerSupplyInformation) MultiRecordContent.decode(0, reserved)).overallCapacityWatts());

        CompatibilityRecord base = (CompatibilityRecord) MultiRecordContent.decode(4, Wire.unhex(BASE_COMPATIBILITY));
        assertFalse(base.extended());
        assertEquals(List.of(16, 18), Stream.iterate(0, i -> i < 40, i -> i + 1).filter(base::compatibleWith).toList());
        ManagementAccess name = (ManagementAccess) MultiRecordContent.decode(3, Wire.unhex(SYSTEM_NAME));
        assertEquals("web01.example", name.text());
        assertTrue(name.kind().text());
        assertEquals("System name", name.kind().toString());
        assertFalse(ManagementAccessType.SYSTEM_UNIQUE_ID.text());
        assertEquals("reserved (0x09)", ManagementAccessType.of(9).toString());
        assertTrue(((RawMultiRecordContent) MultiRecordContent.decode(0xC0, Wire.unhex(OEM))).oem());
    }

    /** An image: common header with only the multirecord offset (8), then the records. */
    private static FruInventory image(byte[]... records) throws Exception {
        byte[] header = Wire.unhex("0100000000010000");
        header[7] = (byte) -(1 + 1);
        StringBuilder hex = new StringBuilder(Wire.hex(header));
        for (byte[] r : records) {
            hex.append(Wire.hex(r));
        }
        return FruInventory.decode(Wire.unhex(hex));
    }

    private static byte[] encoded(MultiRecord r) {
        ByteBuffer b = ByteBuffer.allocate(r.encodedLength());
        r.encode(b);
        return b.array();
    }

    @Test
    void anAreaOfEveryInterpretedTypeDecodesCleanly() throws Exception {
        List<MultiRecordContent> contents = new ArrayList<>();
        table().forEach(a -> contents.add((MultiRecordContent) a.get()[2]));
        List<byte[]> records = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            records.add(encoded(MultiRecord.of(contents.get(i), i == contents.size() - 1)));
        }
        FruInventory fru = image(records.toArray(byte[][]::new));
        assertTrue(fru.clean(), fru.warnings().toString());
        assertEquals(contents, fru.multiRecords().stream().map(MultiRecord::content).toList());
        assertTrue(fru.multiRecords().get(contents.size() - 1).endOfList());
        // Header bytes as the specification lays them out: type, EOL|version, length, checksums.
        assertEquals("0002" + "18" + "df" + "07", Wire.hex(records.get(0), 0, 5));
    }

    @Test
    void badChecksumsAndOtherFormatVersionsAreWarnings() throws Exception {
        byte[] badHeader = encoded(MultiRecord.of(MultiRecordContent.decode(1, Wire.unhex(DC_OUTPUT)), false));
        badHeader[4]++;
        byte[] badData = encoded(MultiRecord.of(MultiRecordContent.decode(2, Wire.unhex(DC_LOAD)), false));
        badData[3]++;
        badData[4]--; // the header checksum covers the data checksum: keep it right
        byte[] version1 = encoded(new MultiRecord(0, 1, false, Wire.unhex(PSU), true, true,
                new RawMultiRecordContent(0, Wire.unhex(PSU))));
        byte[] shortPsu = encoded(MultiRecord.of(new RawMultiRecordContent(0, Wire.unhex("2003e803")), true));
        FruInventory fru = image(badHeader, badData, version1, shortPsu);
        assertEquals(List.of("multirecord at 8: bad header checksum", "multirecord at 26: bad data checksum",
                "multirecord at 44: record format version 1, not 2: data not interpreted",
                "multirecord at 73: Power supply information multirecord: want 24 bytes, got 4"), fru.warnings());
        List<MultiRecord> m = fru.multiRecords();
        assertEquals(4, m.size());
        assertFalse(m.get(0).headerChecksumValid());
        assertTrue(m.get(0).dataChecksumValid());
        assertInstanceOf(DcOutput.class, m.get(0).content(), "a bad checksum still interprets the data");
        assertFalse(m.get(1).dataChecksumValid());
        assertInstanceOf(DcLoad.class, m.get(1).content());
        assertEquals(new RawMultiRecordContent(0, Wire.unhex(PSU)), m.get(2).content());
        assertInstanceOf(RawMultiRecordContent.class, m.get(3).content());
    }
}
