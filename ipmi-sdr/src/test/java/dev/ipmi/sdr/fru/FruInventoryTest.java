package dev.ipmi.sdr.fru;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.testing.Robustness;
import dev.ipmi.core.wire.Wire;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FruInventoryTest {

    /** The testbed's FRU images as Read FRU Data returned them from ipmi_sim. */
    static byte[] testbedFru(int id) throws IOException {
        try (InputStream in = FruInventoryTest.class.getResourceAsStream("/dev/ipmi/sdr/fru/testbed-fru" + id + ".hex")) {
            return Wire.unhex(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
        }
    }

    @Test
    void builtinFruHasEveryField() throws Exception {
        FruInventory fru = FruInventory.decode(testbedFru(0));
        assertTrue(fru.clean(), fru.warnings().toString());
        assertTrue(fru.internalUse().isEmpty());
        ChassisInfo c = fru.chassis().orElseThrow();
        assertEquals("Rack Mount Chassis", c.chassisTypeName());
        assertEquals("CHS-TB1000", c.partNumber());
        assertEquals("CSN-0001", c.serialNumber());
        BoardInfo b = fru.board().orElseThrow();
        assertEquals(Instant.parse("2024-01-15T12:00:00Z"), b.manufactured().orElseThrow());
        assertEquals("Testbed Systems", b.manufacturer());
        assertEquals("TB-1000 Mainboard", b.productName());
        assertEquals("BSN-0001", b.serialNumber());
        assertEquals("TB-MB-01", b.partNumber());
        assertEquals("fru1", b.fruFileId());
        ProductInfo p = fru.product().orElseThrow();
        assertEquals("Testbed Systems", p.manufacturer());
        assertEquals("TB-1000 Server", p.name());
        assertEquals("TB1000-01", p.partNumber());
        assertEquals("1.0", p.version());
        assertEquals("PSN-0001", p.serialNumber());
        assertEquals("ASSET-42", p.assetTag());
        assertEquals("fru1", p.fruFileId());
        assertEquals(List.of(), fru.multiRecords());
    }

    @Test
    void psuFruHasOnlyAProductArea() throws Exception {
        FruInventory fru = FruInventory.decode(testbedFru(1));
        assertTrue(fru.clean(), fru.warnings().toString());
        assertTrue(fru.chassis().isEmpty() && fru.board().isEmpty());
        ProductInfo p = fru.product().orElseThrow();
        assertEquals(List.of("Testbed Systems", "TB-PSU-800", "PSU800-01", "A2", "PSU-SN-0001", "", ""),
                List.of(p.manufacturer(), p.name(), p.partNumber(), p.version(), p.serialNumber(),
                        p.assetTag(), p.fruFileId()));
    }

    @Test
    void badChecksumsAreWarningsAndTheFieldsAreStillRead() throws Exception {
        byte[] image = testbedFru(0);
        image[7] ^= 1;        // common header checksum
        image[40 + 10] ^= 0x20; // a letter inside the board manufacturer
        FruInventory fru = FruInventory.decode(image);
        assertEquals(List.of("common header: bad checksum", "board area: bad checksum"), fru.warnings());
        assertEquals("TB-1000 Mainboard", fru.board().orElseThrow().productName());
        assertEquals("TB-1000 Server", fru.product().orElseThrow().name());
    }

    @Test
    void areaRunningPastTheImageIsReadAsFarAsItGoes() throws Exception {
        byte[] image = java.util.Arrays.copyOf(testbedFru(1), 30);
        FruInventory fru = FruInventory.decode(image);
        assertFalse(fru.clean());
        assertEquals("Testbed Systems", fru.product().orElseThrow().manufacturer());
        assertEquals("product area: 64 bytes declared, only 22 in the image", fru.warnings().get(0));
    }

    @Test
    void internalUseAndMultiRecords() throws Exception {
        // header: internal use at 8, multirecord at 16; internal use 01 + 7 bytes; two multirecords
        byte[] header = Wire.unhex("0101000000020000");
        header[7] = (byte) -FruAreaSum.of(header, 7);
        String mr1 = multi(0x06, false, "0102"); // an ASF record: kept raw
        String mr2 = multi(0xC0, true, "aabbcc");
        byte[] image = Wire.unhex(Wire.hex(header) + "0111223344556677" + mr1 + mr2);
        FruInventory fru = FruInventory.decode(image);
        assertTrue(fru.clean(), fru.warnings().toString());
        assertEquals("11223344556677", Wire.hex(fru.internalUse().orElseThrow()));
        assertEquals(2, fru.multiRecords().size());
        assertEquals("0102", Wire.hex(fru.multiRecords().get(0).data()));
        assertEquals(0xC0, fru.multiRecords().get(1).type());
        assertTrue(fru.multiRecords().get(1).endOfList());
        assertEquals(2, fru.multiRecords().get(1).formatVersion());
    }

    private static String multi(int type, boolean end, String dataHex) {
        byte[] data = Wire.unhex(dataHex);
        byte[] h = {(byte) type, (byte) ((end ? 0x80 : 0) | 2), (byte) data.length,
                (byte) -FruAreaSum.of(data, data.length), 0};
        h[4] = (byte) -FruAreaSum.of(h, 4);
        return Wire.hex(h) + dataHex;
    }

    /** Test-side byte sum (the production one is package-private to the reader). */
    private static final class FruAreaSum {
        static int of(byte[] b, int n) {
            int s = 0;
            for (int i = 0; i < n; i++) {
                s += b[i];
            }
            return s & 0xFF;
        }
    }

    @Test
    void fieldEncodingsAndLanguages() throws Exception {
        // product area, language 0x01 (not English): 11b means Unicode; BCD plus and 6-bit fields
        String area = "0104" + "01" + "c441004200" + "42" + "1234" + "83235c27" + "c1";
        byte[] body = Wire.unhex(area + "0".repeat(2 * (32 - Wire.unhex(area).length - 1)) + "00");
        body[31] = (byte) -FruAreaSum.of(body, 31);
        byte[] header = Wire.unhex("0100000001000000");
        header[7] = (byte) -FruAreaSum.of(header, 7);
        FruInventory fru = FruInventory.decode(Wire.unhex(Wire.hex(header) + Wire.hex(body)));
        assertTrue(fru.clean(), fru.warnings().toString());
        ProductInfo p = fru.product().orElseThrow();
        assertEquals("AB", p.manufacturer());
        assertEquals("1234", p.name());
        assertEquals("CPU)", p.partNumber());
        assertEquals("", p.version());
    }

    @Test
    void unreadableHeaderFails() {
        assertThrows(MalformedPacketException.class, () -> FruInventory.decode(new byte[7]));
        assertThrows(MalformedPacketException.class, () -> FruInventory.decode(Wire.unhex("0200000000000000")));
    }

    @Test
    void robust() throws Exception {
        Robustness.assertRobust("FRU 0", testbedFru(0), FruInventory::decode);
        Robustness.assertRobust("FRU 1", java.util.Arrays.copyOf(testbedFru(1), 72), FruInventory::decode);
    }
}
