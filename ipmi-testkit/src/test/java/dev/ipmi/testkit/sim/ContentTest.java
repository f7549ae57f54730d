package dev.ipmi.testkit.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.crypto.CipherSuite;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Device, chassis, sensor, SDR, SEL, FRU, watchdog and DCMI content through a raw session. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentTest {
    private SimulatedBmc bmc;
    private TestConsole c;

    @BeforeAll
    void start() throws Exception {
        bmc = SimulatedBmc.newBuilder().powerCycleDelay(Duration.ofMillis(100)).start();
        c = new TestConsole(bmc.address());
        c.login(CipherSuite.SUITE_3, "admin", "adminpass", PrivilegeLevel.ADMINISTRATOR);
    }

    @AfterAll
    void stop() {
        c.close();
        bmc.close();
        assertEquals(0, bmc.internalErrors(), "exceptions on the selector thread");
    }

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    private byte[] ok(int netFn, int cmd, String data) throws Exception {
        byte[] r = c.command(netFn, cmd, hex(data));
        assertEquals(0, r[0], () -> String.format("cc %02x for %02x/%02x", r[0], netFn, cmd));
        return Arrays.copyOfRange(r, 1, r.length);
    }

    @Test
    void guidsAndSelfTest() throws Exception {
        assertArrayEquals(hex("a123456789abcdefa123456789abcdef"), ok(0x06, 0x08, ""));
        assertEquals(16, ok(0x06, 0x37, "").length);
        assertArrayEquals(hex("5500"), ok(0x06, 0x04, ""));
    }

    @Test
    void sdrReadInChunksWithReservation() throws Exception {
        byte[] info = ok(0x0A, 0x20, "");
        assertEquals(0x51, info[0]);
        assertEquals(13, info[1]);
        byte[] reservation = ok(0x0A, 0x22, "");
        // Record 4 (CPU Temp, full sensor record): header, then the rest in 16-byte pieces.
        byte[] header = ok(0x0A, 0x23, HexFormat.of().formatHex(reservation) + "0400 00 05");
        assertArrayEquals(hex("0500 0400 51 01 33"), header);
        ByteArrayOutputStream rec = new ByteArrayOutputStream();
        for (int off = 0; off < 56; off += 16) {
            byte[] part = ok(0x0A, 0x23, HexFormat.of().formatHex(reservation) + "0400"
                    + String.format("%02x%02x", off, Math.min(16, 56 - off)));
            rec.write(part, 2, part.length - 2);
        }
        assertEquals(56, rec.size());
        assertTrue(new String(rec.toByteArray(), 48, 8).equals("CPU Temp"));
        // A new reservation cancels the old one for partial reads.
        ok(0x0A, 0x22, "");
        assertEquals((byte) 0xC5, c.command(0x0A, 0x23, hex(HexFormat.of().formatHex(reservation) + "0400 10 10"))[0]);
        assertEquals((byte) 0xCB, c.command(0x0A, 0x23, hex("0000 6300 00 ff"))[0]);
        byte[] last = ok(0x0A, 0x23, "0000 0d00 00 ff");
        assertArrayEquals(hex("ffff"), Arrays.copyOf(last, 2));
    }

    @Test
    void sensorsFollowTheTest() throws Exception {
        assertArrayEquals(hex("2d c0 00 80"), ok(0x04, 0x2D, "01"));
        bmc.setSensorReading(1, 90); // CPU Temp 90 C: at/above UNC 85
        assertArrayEquals(hex("5a c0 08 80"), ok(0x04, 0x2D, "01"));
        bmc.setSensorReading(1, 45);
        assertArrayEquals(hex("38 00 00 00 55 5f 69"), ok(0x04, 0x27, "01"));
        ok(0x04, 0x26, "01 08 00 00 00 50 00 00"); // UNC = 80
        assertArrayEquals(hex("38 00 00 00 50 5f 69"), ok(0x04, 0x27, "01"));
        assertArrayEquals(hex("0202"), ok(0x04, 0x25, "01 ff"));
        assertEquals((byte) 0xCD, c.command(0x04, 0x26, hex("03 01 00 00 00 00 00 00"))[0], "12V not settable");
        bmc.setSensorStates(9, 0x01);
        assertArrayEquals(hex("00 c0 01 80"), ok(0x04, 0x2D, "09"));
        assertEquals((byte) 0xCB, c.command(0x04, 0x2D, hex("00"))[0], "event-only");
    }

    @Test
    void selAddGetDeleteClear() throws Exception {
        int before = bmc.selEntries().size();
        byte[] id = ok(0x0A, 0x44, "0000 02 00000000 2000 04 01 01 01 57 56 55");
        assertEquals(before + 1, bmc.selEntries().size());
        byte[] entry = ok(0x0A, 0x43, "0000" + HexFormat.of().formatHex(id) + "00ff");
        assertArrayEquals(id, Arrays.copyOfRange(entry, 2, 4));
        assertEquals(0x02, entry[4]);
        byte[] r = ok(0x0A, 0x42, "");
        String res = HexFormat.of().formatHex(r);
        assertArrayEquals(id, ok(0x0A, 0x46, res + HexFormat.of().formatHex(id)));
        assertEquals(before, bmc.selEntries().size());
        assertEquals((byte) 0xC5, c.command(0x0A, 0x47, hex("0000 434c52 aa"))[0]);
        assertArrayEquals(hex("01"), ok(0x0A, 0x47, res + "434c52 aa"));
        assertEquals(0, bmc.selEntries().size());
        byte[] info = ok(0x0A, 0x40, "");
        assertEquals(0, info[1]);
        ok(0x0A, 0x49, "00000010"); // Set SEL time
        byte[] t = ok(0x0A, 0x48, "");
        assertTrue((t[3] & 0xFF) == 0x10, HexFormat.of().formatHex(t));
        bmc.addSelEntry(hex("02 00000000 2000 04 05 09 6f 00 ffff"));
        assertEquals(1, ok(0x0A, 0x40, "")[1]);
    }

    @Test
    void fruInChunks() throws Exception {
        assertArrayEquals(hex("0001 00"), ok(0x0A, 0x10, "00"));
        ByteArrayOutputStream fru = new ByteArrayOutputStream();
        for (int off = 0; off < 256; off += 32) {
            byte[] part = ok(0x0A, 0x11, String.format("00 %02x%02x 20", off & 0xFF, off >>> 8));
            assertEquals(32, part[0]);
            fru.write(part, 1, 32);
        }
        assertEquals("010001050e0000eb", HexFormat.of().formatHex(fru.toByteArray(), 0, 8)); // common header
        assertEquals((byte) 0xCB, c.command(0x0A, 0x10, hex("07"))[0]);
    }

    @Test
    void chassisBootOptionsIdentifyRestartCause() throws Exception {
        ok(0x00, 0x08, "05 80 04 00 00 00"); // boot flags valid, PXE
        assertArrayEquals(hex("01 05 80 04 00 00 00"), ok(0x00, 0x09, "05 00 00"));
        assertEquals((byte) 0x80, c.command(0x00, 0x09, hex("30 00 00"))[0]);
        ok(0x00, 0x04, "00 01");
        assertEquals(0x60, ok(0x00, 0x01, "")[2] & 0x70);
        ok(0x00, 0x02, "00");
        assertTrue(!bmc.isPowerOn());
        ok(0x00, 0x02, "01");
        assertTrue(bmc.isPowerOn());
        assertArrayEquals(hex("01 01"), ok(0x00, 0x07, ""));
        assertEquals(5, ok(0x00, 0x0F, "").length);
    }

    @Test
    void watchdogAndDcmi() throws Exception {
        assertEquals((byte) 0x80, c.command(0x06, 0x22)[0], "reset before set");
        ok(0x06, 0x24, "44 01 00 00 64 00"); // SMS/OS, hard reset, 10.0 s
        ok(0x06, 0x22, "");
        byte[] w = ok(0x06, 0x25, "");
        assertEquals(0x44, w[0] & 0x7F);
        assertEquals(100, w[4]);
        byte[] p = ok(0x2C, 0x02, "dc 01 00 00");
        assertEquals((byte) 0xDC, p[0]);
        assertEquals(180, (p[1] & 0xFF) | (p[2] & 0xFF) << 8);
    }
}
