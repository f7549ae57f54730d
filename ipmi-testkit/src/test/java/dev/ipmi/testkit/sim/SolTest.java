package dev.ipmi.testkit.sim;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.crypto.CipherSuite;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SOL payload state machine: activation, ownership, packets, acknowledgement, retransmission, stealing. */
class SolTest {
    private static final byte[] ACTIVATE = {0x01, 0x01, (byte) 0xC0, 0, 0, 0};
    private static final byte[] DEACTIVATE = {0x01, 0x01, 0, 0, 0, 0};
    private SimulatedBmc bmc;

    @AfterEach
    void stop() {
        if (bmc != null) {
            bmc.close();
            assertEquals(0, bmc.internalErrors(), "exceptions on the selector thread");
        }
    }

    private TestConsole console(String user, String password, PrivilegeLevel level) throws Exception {
        TestConsole c = new TestConsole(bmc.address());
        c.login(CipherSuite.SUITE_3, user, password, level);
        return c;
    }

    private static byte[] sol(int seq, int ack, int accepted, int op, String chars) {
        byte[] data = chars.getBytes(US_ASCII);
        byte[] p = new byte[4 + data.length];
        p[0] = (byte) seq;
        p[1] = (byte) ack;
        p[2] = (byte) accepted;
        p[3] = (byte) op;
        System.arraycopy(data, 0, p, 4, data.length);
        return p;
    }

    private static String chars(byte[] solPacket) {
        return new String(solPacket, 4, solPacket.length - 4, US_ASCII);
    }

    @Test
    void activationStatusAndOwner() throws Exception {
        bmc = SimulatedBmc.newBuilder().start();
        try (TestConsole c = console("admin", "adminpass", PrivilegeLevel.ADMINISTRATOR)) {
            assertArrayEquals(new byte[] {0, 1, 0, 0}, c.command(0x06, 0x4A, (byte) 1));
            byte[] r = c.command(0x06, 0x48, ACTIVATE);
            assertEquals(0, r[0]);
            ByteBuffer b = ByteBuffer.wrap(r).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(SolPayload.MAX_PAYLOAD, b.getShort(5));
            assertEquals(bmc.port(), b.getShort(9) & 0xFFFF);
            assertTrue(bmc.sol().isActive());
            assertArrayEquals(new byte[] {0, 1, 1, 0}, c.command(0x06, 0x4A, (byte) 1));
            byte[] info = c.command(0x06, 0x4B, (byte) 1, (byte) 1);
            assertEquals(c.bmcId, ByteBuffer.wrap(info).order(ByteOrder.LITTLE_ENDIAN).getInt(1));
            assertEquals(c.bmcId, bmc.solOwnerSessionId());
            assertEquals((byte) 0x80, c.command(0x06, 0x48, ACTIVATE)[0], "already active");
            assertEquals(0, c.command(0x06, 0x49, DEACTIVATE)[0]);
            assertEquals((byte) 0x80, c.command(0x06, 0x49, DEACTIVATE)[0], "already inactive");
            assertFalse(bmc.sol().isActive());
        }
    }

    @Test
    void hostOutputIsSentAcknowledgedAndRetransmitted() throws Exception {
        bmc = SimulatedBmc.newBuilder().start();
        try (TestConsole c = console("admin", "adminpass", PrivilegeLevel.ADMINISTRATOR)) {
            assertEquals(0, c.command(0x06, 0x48, ACTIVATE)[0]);
            bmc.sol().hostOutput().write("login: ".getBytes(US_ASCII));
            byte[] first = c.receivePayload(1);
            assertNotNull(first);
            assertEquals("login: ", chars(first));
            int seq = first[0];
            assertTrue(seq >= 1 && seq <= 15);
            // Not acknowledged: the same packet comes again after the retry interval.
            byte[] again = c.receivePayload(1);
            assertArrayEquals(first, again);
            // Accept 3 characters: the rest comes under the next sequence number.
            c.sendPayload(1, sol(0, seq, 3, 0, ""));
            byte[] rest = c.receivePayload(1);
            assertEquals("in: ", chars(rest));
            assertEquals(seq % 15 + 1, rest[0]);
            c.sendPayload(1, sol(0, rest[0], 4, 0, ""));
            c.timeout(700);
            assertNull(c.receivePayload(1), "fully acknowledged: nothing more");
        }
    }

    @Test
    void nackBringsTheDataAgainSoon() throws Exception {
        bmc = SimulatedBmc.newBuilder().start();
        try (TestConsole c = console("admin", "adminpass", PrivilegeLevel.ADMINISTRATOR)) {
            assertEquals(0, c.command(0x06, 0x48, ACTIVATE)[0]);
            bmc.sol().hostOutput().write("boot".getBytes(US_ASCII));
            byte[] first = c.receivePayload(1);
            long t0 = System.nanoTime();
            c.sendPayload(1, sol(0, first[0], 0, SolPayload.OP_NACK, ""));
            byte[] again = c.receivePayload(1);
            assertArrayEquals(first, again);
            assertTrue(System.nanoTime() - t0 < 400_000_000L, "sooner than the 500 ms retry");
        }
    }

    @Test
    void consoleInputIsAcknowledgedOnceAndBreaksCounted() throws Exception {
        bmc = SimulatedBmc.newBuilder().start();
        try (TestConsole c = console("user", "userpass", PrivilegeLevel.USER)) {
            assertEquals(0, c.command(0x06, 0x48, ACTIVATE)[0]);
            c.sendPayload(1, sol(1, 0, 0, 0, "root\r"));
            byte[] ack = c.receivePayload(1);
            assertArrayEquals(new byte[] {0, 1, 5, 0}, ack);
            c.sendPayload(1, sol(1, 0, 0, 0, "root\r")); // retransmission: ACKed again, not delivered twice
            assertArrayEquals(new byte[] {0, 1, 5, 0}, c.receivePayload(1));
            c.sendPayload(1, sol(2, 0, 0, SolPayload.OP_BREAK, "x"));
            assertArrayEquals(new byte[] {0, 2, 1, 0}, c.receivePayload(1));
            byte[] typed = new byte[6];
            assertEquals(6, bmc.sol().hostInput().readNBytes(typed, 0, 6));
            assertEquals("root\rx", new String(typed, US_ASCII));
            assertEquals(1, bmc.sol().breakCount());
        }
    }

    @Test
    void silentStealing() throws Exception {
        bmc = SimulatedBmc.newBuilder().solStealing(SolStealing.SILENT).start();
        try (TestConsole a = console("admin", "adminpass", PrivilegeLevel.ADMINISTRATOR);
                TestConsole b = console("user", "userpass", PrivilegeLevel.USER)) {
            assertEquals(0, a.command(0x06, 0x48, ACTIVATE)[0]);
            assertEquals((byte) 0x80, b.command(0x06, 0x48, ACTIVATE)[0]);
            assertEquals(0, b.command(0x06, 0x49, DEACTIVATE)[0]);
            assertEquals(0, b.command(0x06, 0x48, ACTIVATE)[0]);
            a.timeout(400);
            a.sendPayload(1, sol(1, 0, 0, 0, "hello"));
            assertNull(a.receivePayload(1), "the old owner is told nothing");
            assertEquals(0, a.command(0x06, 0x01)[0], "its session still works");
            assertEquals(b.bmcId, bmc.solOwnerSessionId());
        }
    }

    @Test
    void deactivatingBitStealing() throws Exception {
        bmc = SimulatedBmc.newBuilder().solStealing(SolStealing.DEACTIVATING_BIT).start();
        try (TestConsole a = console("admin", "adminpass", PrivilegeLevel.ADMINISTRATOR);
                TestConsole b = console("admin", "adminpass", PrivilegeLevel.ADMINISTRATOR)) {
            assertEquals(0, a.command(0x06, 0x48, ACTIVATE)[0]);
            assertEquals(0, b.command(0x06, 0x49, DEACTIVATE)[0]);
            a.sendPayload(1, sol(3, 0, 0, 0, "hello"));
            byte[] r = a.receivePayload(1);
            assertArrayEquals(new byte[] {0, 3, 0, SolPayload.STATUS_DEACTIVATING | SolPayload.OP_NACK}, r);
            a.timeout(300);
            a.sendPayload(1, sol(4, 0, 0, 0, "again"));
            assertNull(a.receivePayload(1), "told once");
        }
    }

    @Test
    void stealOnActivate() throws Exception {
        bmc = SimulatedBmc.newBuilder().solStealing(SolStealing.STEAL_ON_ACTIVATE).start();
        try (TestConsole a = console("admin", "adminpass", PrivilegeLevel.ADMINISTRATOR);
                TestConsole b = console("admin", "adminpass", PrivilegeLevel.ADMINISTRATOR)) {
            assertEquals(0, a.command(0x06, 0x48, ACTIVATE)[0]);
            assertEquals(0, b.command(0x06, 0x48, ACTIVATE)[0]);
            assertEquals(b.bmcId, bmc.solOwnerSessionId());
            a.sendPayload(1, sol(0, 0, 0, 0, ""));
            byte[] r = a.receivePayload(1);
            assertEquals(SolPayload.STATUS_DEACTIVATING, r[3]);
            bmc.sol().hostOutput().write("to b".getBytes(US_ASCII));
            assertEquals("to b", chars(b.receivePayload(1)));
        }
    }

    @Test
    void bmcSideDeactivationAndClosedSession() throws Exception {
        bmc = SimulatedBmc.newBuilder().start();
        try (TestConsole a = console("admin", "adminpass", PrivilegeLevel.ADMINISTRATOR)) {
            assertEquals(0, a.command(0x06, 0x48, ACTIVATE)[0]);
            assertTrue(bmc.sol().awaitActive(Duration.ofSeconds(1)));
            bmc.sol().deactivate();
            byte[] r = a.receivePayload(1);
            assertEquals(SolPayload.STATUS_DEACTIVATING, r[3]);
            assertFalse(bmc.sol().isActive());
            assertEquals(0, a.command(0x06, 0x48, ACTIVATE)[0]);
            a.command(0x06, 0x3C, ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(a.bmcId).array());
            assertEquals(0, bmc.solOwnerSessionId(), "closing the session frees the payload");
        }
    }

    @Test
    void payloadStatusCommandsCanBeSwitchedOff() throws Exception {
        bmc = SimulatedBmc.newBuilder().payloadStatusCommands(false).start();
        try (TestConsole a = console("admin", "adminpass", PrivilegeLevel.ADMINISTRATOR)) {
            assertArrayEquals(new byte[] {(byte) 0xC1}, a.command(0x06, 0x4A, (byte) 1));
            assertArrayEquals(new byte[] {(byte) 0xC1}, a.command(0x06, 0x4B, (byte) 1, (byte) 1));
            assertEquals(0, a.command(0x06, 0x48, ACTIVATE)[0]);
        }
    }

    @Test
    void outputWithoutActivePayloadIsDiscarded() throws Exception {
        bmc = SimulatedBmc.newBuilder().start();
        bmc.sol().hostOutput().write("lost".getBytes(US_ASCII));
        try (TestConsole a = console("admin", "adminpass", PrivilegeLevel.ADMINISTRATOR)) {
            assertEquals(0, a.command(0x06, 0x48, ACTIVATE)[0]);
            bmc.sol().hostOutput().write("kept".getBytes(US_ASCII));
            assertEquals("kept", chars(a.receivePayload(1)));
            assertTrue(Arrays.equals(new byte[0], bmc.sol().drainTyped().getBytes(US_ASCII)));
        }
    }
}
