package dev.ipmi.testkit.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.crypto.CipherSuite;
import dev.ipmi.core.crypto.CipherSuiteRecords;
import dev.ipmi.core.wire.IpmiLanRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.wire.SecurityAlgorithms;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RMCP+ handshake status codes, every cipher suite, session commands and limits, with a raw console. */
class SessionProtocolTest {
    private SimulatedBmc bmc;

    private SimulatedBmc start(SimulatedBmc.Builder b) throws Exception {
        bmc = b.start();
        return bmc;
    }

    @AfterEach
    void stop() {
        if (bmc != null) {
            bmc.close();
            assertEquals(0, bmc.internalErrors(), "exceptions on the selector thread");
        }
    }

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void presencePingGetsPong() throws Exception {
        start(SimulatedBmc.newBuilder());
        try (TestConsole c = new TestConsole(bmc.address())) {
            c.send(hex("06 00 ff 06 000011be 80 21 00 00"));
            // RMCP, ASF header (IANA 4542, pong, tag 21h, 16 bytes), IANA, OEM, IPMI + ASF 1.0, RMCP security extensions
            assertEquals("0600ff06" + "000011be40210010" + "000011be" + "00000000" + "8180" + "000000000000",
                    HexFormat.of().formatHex(c.receive()));
        }
    }

    @ParameterizedTest(name = "suite {0}: login, Get Device ID")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19})
    void everyCipherSuite(int id) throws Exception {
        start(SimulatedBmc.newBuilder());
        try (TestConsole c = new TestConsole(bmc.address())) {
            c.login(CipherSuite.byId(id).orElseThrow(), "admin", "adminpass", PrivilegeLevel.ADMINISTRATOR);
            byte[] r = c.command(0x06, 0x01);
            assertArrayEquals(hex("00 20 01 01 23 02 9f 911200 020f"), r);
            assertEquals(1, bmc.activeSessionCount());
        }
    }

    @Test
    void kgIsUsedForTheSessionKeys() throws Exception {
        byte[] kg = Arrays.copyOf("0123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 20);
        start(SimulatedBmc.newBuilder().kg("0123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        try (TestConsole c = new TestConsole(bmc.address())) {
            c.login(CipherSuite.SUITE_3, "admin", "adminpass", PrivilegeLevel.ADMINISTRATOR, kg);
            assertEquals(0, c.command(0x06, 0x01)[0]);
            byte[] caps = c.command(0x06, 0x38, (byte) 0x8E, (byte) 4);
            assertEquals(0x20, caps[3] & 0x20, "K_G set");
        }
        try (TestConsole c = new TestConsole(bmc.address())) {
            // Without K_G, RAKP 2 and 3 still work (they use K_uid), but the RAKP 4 ICV (from SIK) does not match.
            org.junit.jupiter.api.Assertions.assertThrows(org.opentest4j.AssertionFailedError.class,
                    () -> c.login(CipherSuite.SUITE_3, "admin", "adminpass", PrivilegeLevel.ADMINISTRATOR));
        }
    }

    @ParameterizedTest(name = "Open Session priv {0} algorithms {1}/{2}/{3} on suites [3, 17] -> {4}")
    @CsvSource({
        "4, 1, 1, 1, 00",
        "0, 3, 4, 1, 00",
        "6, 1, 1, 1, 09",
        "4, 2, 1, 1, 04",
        "4, 1, 3, 1, 05",
        "4, 1, 1, 2, 10",
        "4, 1, 1, 0, 10",
    })
    void openSessionStatus(int privilege, int auth, int integrity, int conf, String status) throws Exception {
        start(SimulatedBmc.newBuilder().cipherSuites(3, 17));
        try (TestConsole c = new TestConsole(bmc.address())) {
            byte[] r = c.openSession(privilege, new SecurityAlgorithms(auth, integrity, conf));
            assertEquals(Integer.parseInt(status, 16), r[1] & 0xFF);
            if (r[1] == 0) {
                assertEquals(36, r.length);
                assertEquals(privilege == 0 ? 4 : privilege, r[2]);
                assertEquals(c.consoleId, ByteBuffer.wrap(r).order(ByteOrder.LITTLE_ENDIAN).getInt(4));
            } else {
                assertEquals(c.consoleId, ByteBuffer.wrap(r).order(ByteOrder.LITTLE_ENDIAN).getInt(4));
            }
        }
    }

    @Test
    void noFreeSlot() throws Exception {
        start(SimulatedBmc.newBuilder().maxSessions(1));
        try (TestConsole a = new TestConsole(bmc.address()); TestConsole b = new TestConsole(bmc.address())) {
            assertEquals(0, a.openSession(4, SecurityAlgorithms.of(CipherSuite.SUITE_3))[1]);
            assertEquals(0x01, b.openSession(4, SecurityAlgorithms.of(CipherSuite.SUITE_3))[1]);
        }
    }

    @ParameterizedTest(name = "RAKP 1 user {0} role {1} -> {2}")
    @CsvSource({
        "admin,    14, 00",
        "admin,    04, 00",
        "nobody,   14, 0D",
        "disabled, 14, 0D",
        "user,     14, 0D",
        "user,     04, 0D",
        "user,     12, 00",
        "user,     02, 00",
        "admin,    17, 09",
        "admin,    00, 09",
        "seventeen-chars!!, 14, 0C",
    })
    void rakp2Status(String user, String role, String status) throws Exception {
        start(SimulatedBmc.newBuilder());
        try (TestConsole c = new TestConsole(bmc.address())) {
            c.openSession(4, SecurityAlgorithms.of(CipherSuite.SUITE_3));
            byte[] r = c.rakp1(new byte[16], Integer.parseInt(role, 16), user);
            assertEquals(Integer.parseInt(status, 16), r[1] & 0xFF);
            assertEquals(r[1] == 0 ? 60 : 8, r.length);
        }
    }

    @Test
    void rakp1ForUnknownSession() throws Exception {
        start(SimulatedBmc.newBuilder());
        try (TestConsole c = new TestConsole(bmc.address())) {
            c.bmcId = 0x12345678;
            assertEquals(0x02, c.rakp1(new byte[16], 0x14, "admin")[1]);
        }
    }

    @Test
    void wrongPasswordFailsAtRakp4() throws Exception {
        start(SimulatedBmc.newBuilder());
        try (TestConsole c = new TestConsole(bmc.address())) {
            c.openSession(4, SecurityAlgorithms.of(CipherSuite.SUITE_3));
            byte[] r2 = c.rakp1(new byte[16], 0x14, "admin");
            assertEquals(0, r2[1]);
            byte[] r4 = c.rakp3(0, new byte[20]);
            assertEquals(0x0F, r4[1]);
            assertEquals(0, bmc.activeSessionCount());
        }
    }

    @Test
    void cipherSuitesSessionlessAllPages() throws Exception {
        start(SimulatedBmc.newBuilder());
        try (TestConsole c = new TestConsole(bmc.address())) {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            for (int page = 0; page < 0x40; page++) {
                ByteBuffer msg = ByteBuffer.allocate(IpmiLanRequest.encodedLength(3));
                IpmiLanRequest.encode(msg, 0x20, NetFn.APP, 0, 0x81, page, 0, 0x54,
                        ByteBuffer.wrap(new byte[] {0x0E, 0x00, (byte) (0x80 | page)}));
                byte[] r = c.sessionless(0x00, msg.array());
                assertEquals(0, r[6], "cc");
                int n = r.length - 8 - 1;
                all.write(r, 8, n);
                if (n < 16) {
                    break;
                }
            }
            List<CipherSuite> suites = CipherSuiteRecords.standardSuites(CipherSuiteRecords.decode(ByteBuffer.wrap(all.toByteArray())));
            assertEquals(CipherSuite.standard(), suites);
        }
    }

    @Test
    void privilegeEnforcement() throws Exception {
        start(SimulatedBmc.newBuilder());
        try (TestConsole c = new TestConsole(bmc.address())) {
            c.login(CipherSuite.SUITE_3, "operator", "operpass", PrivilegeLevel.OPERATOR);
            assertEquals(0, c.command(0x00, 0x01)[0]);                       // chassis status: USER
            assertEquals((byte) 0xD4, c.command(0x0C, 0x01, (byte) 1, (byte) 0, (byte) 0)[0]); // Set LAN config: ADMIN
            assertEquals((byte) 0x81, c.command(0x06, 0x3B, (byte) 4)[0]);   // above the session's maximum
            assertEquals(0, c.command(0x06, 0x3B, (byte) 2)[0]);             // down to USER
            assertEquals((byte) 0xD4, c.command(0x00, 0x02, (byte) 0)[0]);   // chassis control: OPERATOR
            assertTrue(bmc.isPowerOn());
        }
    }

    @Test
    void unknownCommandAndRawHandler() throws Exception {
        start(SimulatedBmc.newBuilder().rawCommandHandler((netFn, cmd, data) ->
                netFn == 0x30 && cmd == 0x01 ? Optional.of(new byte[] {0, 0x42}) : Optional.empty()));
        try (TestConsole c = new TestConsole(bmc.address())) {
            c.login(CipherSuite.SUITE_17, "admin", "adminpass", PrivilegeLevel.ADMINISTRATOR);
            assertArrayEquals(new byte[] {0, 0x42}, c.command(0x30, 0x01));
            assertArrayEquals(new byte[] {(byte) 0xC1}, c.command(0x30, 0x02));
            assertArrayEquals(new byte[] {(byte) 0xC1}, c.command(0x06, 0x99));
        }
    }

    @Test
    void sessionInfoAndClose() throws Exception {
        start(SimulatedBmc.newBuilder());
        try (TestConsole a = new TestConsole(bmc.address()); TestConsole b = new TestConsole(bmc.address())) {
            a.login(CipherSuite.SUITE_3, "admin", "adminpass", PrivilegeLevel.ADMINISTRATOR);
            b.login(CipherSuite.SUITE_3, "user", "userpass", PrivilegeLevel.USER);
            byte[] current = a.command(0x06, 0x3D, (byte) 0);
            assertEquals(0, current[0]);
            assertEquals(2, current[3], "active sessions");
            assertEquals(2, current[4], "user id");
            assertEquals(4, current[5], "privilege");
            assertEquals(0x11, current[6], "RMCP+ on channel 1");
            assertArrayEquals(new byte[] {127, 0, 0, 1}, Arrays.copyOfRange(current, 7, 11));
            int port = (current[17] & 0xFF) | (current[18] & 0xFF) << 8;
            assertEquals(a.socket.getLocalPort(), port);
            ByteBuffer byId = ByteBuffer.allocate(5).order(ByteOrder.LITTLE_ENDIAN).put((byte) 0xFF).putInt(b.bmcId);
            byte[] other = a.command(0x06, 0x3D, byId.array());
            assertEquals(4, other[4], "user id of b");
            byte[] byHandle = a.command(0x06, 0x3D, (byte) 0xFE, other[1]);
            assertArrayEquals(other, byHandle);
            // b closes itself; a's next look-up finds one session
            byte[] close = b.command(0x06, 0x3C, ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(b.bmcId).array());
            assertEquals(0, close[0]);
            assertNull(b.command(0x06, 0x01), "closed session answers nothing");
            assertEquals(1, a.command(0x06, 0x3D, (byte) 0)[3]);
            assertEquals((byte) 0x87, a.command(0x06, 0x3C, ByteBuffer.allocate(4).putInt(1).array())[0]);
        }
    }

    @Test
    void idleTimeoutClosesSessions() throws Exception {
        start(SimulatedBmc.newBuilder().idleTimeout(Duration.ofMillis(300)));
        try (TestConsole c = new TestConsole(bmc.address())) {
            c.login(CipherSuite.SUITE_3, "admin", "adminpass", PrivilegeLevel.ADMINISTRATOR);
            assertEquals(1, bmc.activeSessionCount());
            Thread.sleep(700);
            assertEquals(0, bmc.activeSessionCount());
            c.timeout(300);
            assertNull(c.command(0x06, 0x01));
        }
    }

    @Test
    void replayedPacketIsIgnored() throws Exception {
        start(SimulatedBmc.newBuilder());
        try (TestConsole c = new TestConsole(bmc.address())) {
            c.login(CipherSuite.SUITE_3, "admin", "adminpass", PrivilegeLevel.ADMINISTRATOR);
            assertNotNull(c.command(0x06, 0x01));
            c.timeout(300);
            c.resendLast();
            assertNull(c.receive(), "a replayed request is dropped by the sequence window");
        }
    }
}
