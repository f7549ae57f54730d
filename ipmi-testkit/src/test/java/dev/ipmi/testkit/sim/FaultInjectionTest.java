package dev.ipmi.testkit.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.crypto.CipherSuite;
import dev.ipmi.core.wire.SecurityAlgorithms;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Run-time fault injection of the simulated BMC. */
class FaultInjectionTest {
    private static final byte[] PING = HexFormat.of().parseHex("0600ff06000011be80210000");
    private SimulatedBmc bmc;

    @BeforeEach
    void start() throws Exception {
        bmc = SimulatedBmc.newBuilder().faultSeed(42).start();
    }

    @AfterEach
    void stop() {
        bmc.close();
        assertEquals(0, bmc.internalErrors(), "exceptions on the selector thread");
    }

    private TestConsole loggedIn() throws Exception {
        TestConsole c = new TestConsole(bmc.address());
        c.login(CipherSuite.SUITE_3, "admin", "adminpass", PrivilegeLevel.ADMINISTRATOR);
        return c;
    }

    @Test
    void dropInboundAndOutbound() throws Exception {
        try (TestConsole c = new TestConsole(bmc.address())) {
            c.timeout(200);
            bmc.faults().dropInbound(1.0);
            c.send(PING);
            assertNull(c.receive());
            bmc.faults().reset().dropOutbound(1.0);
            c.send(PING);
            assertNull(c.receive());
            bmc.faults().reset();
            c.send(PING);
            assertNotNull(c.receive());
        }
    }

    @Test
    void partialLossIsAFraction() throws Exception {
        try (TestConsole c = new TestConsole(bmc.address())) {
            c.timeout(100);
            bmc.faults().dropInbound(0.5);
            int answered = 0;
            for (int i = 0; i < 40; i++) {
                c.send(PING);
                if (c.receive() != null) {
                    answered++;
                }
            }
            assertTrue(answered > 5 && answered < 35, "answered " + answered);
        }
    }

    @Test
    void duplicateAndCorrupt() throws Exception {
        try (TestConsole c = new TestConsole(bmc.address())) {
            c.timeout(200);
            bmc.faults().duplicateOutbound(1.0);
            c.send(PING);
            byte[] one = c.receive();
            assertArrayEquals(one, c.receive());
            bmc.faults().reset().corruptOutbound(1.0);
            c.send(PING);
            byte[] bad = c.receive();
            assertEquals(one.length, bad.length);
            assertTrue(!java.util.Arrays.equals(one, bad));
        }
    }

    @Test
    void reorderLetsTheNextDatagramOvertake() throws Exception {
        try (TestConsole c = new TestConsole(bmc.address())) {
            bmc.faults().reorderOutbound(1.0);
            c.send(HexFormat.of().parseHex("0600ff06000011be80010000"));
            c.send(HexFormat.of().parseHex("0600ff06000011be80020000"));
            assertEquals(2, c.receive()[9], "tag 2 first");
            assertEquals(1, c.receive()[9]);
        }
    }

    @Test
    void delayAndSlowAnswers() throws Exception {
        try (TestConsole c = loggedIn()) {
            bmc.faults().answerDelay(Duration.ofMillis(300));
            long t0 = System.nanoTime();
            assertEquals(0, c.command(0x06, 0x01)[0]);
            assertTrue(System.nanoTime() - t0 >= 290_000_000L);
            bmc.faults().reset().delayOutbound(Duration.ofMillis(200));
            t0 = System.nanoTime();
            assertEquals(0, c.command(0x06, 0x01)[0]);
            assertTrue(System.nanoTime() - t0 >= 190_000_000L);
        }
    }

    @Test
    void slowCloseSessionIsStillAnswered() throws Exception {
        try (TestConsole c = loggedIn()) {
            bmc.faults().answerDelay(Duration.ofMillis(100));
            byte[] id = java.nio.ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(c.bmcId).array();
            assertArrayEquals(new byte[] {0}, c.command(0x06, 0x3C, id));
            assertEquals(0, bmc.activeSessionCount());
        }
    }

    @Test
    void nodeBusy() throws Exception {
        try (TestConsole c = loggedIn()) {
            bmc.faults().nodeBusy(true);
            assertArrayEquals(new byte[] {(byte) 0xC0}, c.command(0x06, 0x01));
            bmc.faults().nodeBusy(false);
            assertEquals(0, c.command(0x06, 0x01)[0]);
        }
    }

    @Test
    void forgetAllSessions() throws Exception {
        try (TestConsole c = loggedIn()) {
            bmc.forgetAllSessions();
            assertEquals(0, bmc.activeSessionCount());
            c.timeout(300);
            assertNull(c.command(0x06, 0x01));
        }
    }

    @Test
    void zeroRakp2AuthCodeAndWrongLength() throws Exception {
        try (TestConsole c = new TestConsole(bmc.address())) {
            bmc.faults().zeroRakp2AuthCode(true);
            c.openSession(4, SecurityAlgorithms.of(CipherSuite.SUITE_3));
            byte[] r2 = c.rakp1(new byte[16], 0x14, "admin");
            assertEquals(60, r2.length);
            assertArrayEquals(new byte[20], java.util.Arrays.copyOfRange(r2, 40, 60));
            bmc.faults().reset().wrongLengthRakp(true);
            c.openSession(4, SecurityAlgorithms.of(CipherSuite.SUITE_3));
            assertEquals(59, c.rakp1(new byte[16], 0x14, "admin").length);
        }
    }

    @Test
    void badChecksums() throws Exception {
        try (TestConsole c = loggedIn()) {
            bmc.faults().badChecksums(true);
            assertThrows(MalformedPacketException.class, () -> c.command(0x06, 0x01));
        }
    }

    @Test
    void fractionsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> bmc.faults().dropInbound(1.5));
        assertThrows(IllegalArgumentException.class, () -> bmc.faults().corruptOutbound(Double.NaN));
    }
}
