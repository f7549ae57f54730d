package dev.ipmi.lan.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.IpmiException;
import dev.ipmi.core.command.CompletionCode;
import dev.ipmi.core.command.CompletionCodeException;
import dev.ipmi.core.command.Octets;
import dev.ipmi.core.command.app.GetDeviceId;
import dev.ipmi.core.command.storage.AddSelEntry;
import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.CipherSuitePolicy;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.DropReason;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.lan.IpmiTimeoutException;
import dev.ipmi.lan.RetryPolicy;
import dev.ipmi.lan.SessionLostException;
import dev.ipmi.lan.SessionOptions;
import dev.ipmi.testkit.net.LossyUdpProxy;
import dev.ipmi.testkit.sim.SimulatedBmc;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A bad network and a badly behaved BMC (SimulatedBmc's fault injection and a lossy relay):
 * every command ends, within its deadline, in the right answer or a typed exception; side
 * effects are never applied twice; nothing hangs.
 */
@Timeout(120)
class FaultToleranceTest {
    private static final Credentials ADMIN = Credentials.of("admin", "adminpass");
    private static final Duration DEADLINE = Duration.ofSeconds(8);
    /** What the deadline may be overshot by: timer granularity and a loaded 2-core CI machine. */
    private static final Duration SLACK = Duration.ofSeconds(2);
    private static final RetryPolicy PATIENT = RetryPolicy.defaults().withAttempts(10)
            .withAttemptTimeout(Duration.ofMillis(150)).withBackoff(1.5, Duration.ofMillis(600))
            .withSideEffectAttemptTimeout(Duration.ofMillis(400)).withDeadline(DEADLINE);
    private static final RetryPolicy QUICK = RetryPolicy.defaults().withAttempts(2)
            .withAttemptTimeout(Duration.ofMillis(150)).withSideEffectAttemptTimeout(Duration.ofMillis(150))
            .withDeadline(Duration.ofSeconds(1));

    private SimulatedBmc bmc;

    @BeforeEach
    void start() throws Exception {
        bmc = SimulatedBmc.newBuilder().faultSeed(3).start();
    }

    @AfterEach
    void stop() {
        bmc.close();
    }

    private static SessionOptions suite(int id) {
        return SessionOptions.defaults().withCipherSuites(CipherSuitePolicy.explicit(id));
    }

    /** An OEM non-timestamped SEL record (type E0h) carrying {@code marker} in its last four bytes. */
    private static Octets selRecord(int marker) {
        ByteBuffer b = ByteBuffer.allocate(16);
        b.putShort((short) 0).put((byte) 0xE0).put(new byte[9]).putInt(marker);
        return Octets.of(b.array());
    }

    private static int markerCount(List<byte[]> entries, int marker) {
        int n = 0;
        for (byte[] e : entries) {
            if (e.length == 16 && ByteBuffer.wrap(e).getInt(12) == marker) {
                n++;
            }
        }
        return n;
    }

    /**
     * 30% loss, 20% duplication, 20% reordering and up to 20 ms delay in both directions: reads
     * return the right answer or a typed timeout within the deadline. Add SEL Entry, whose every
     * execution is visible in the BMC's SEL, is executed once whenever it succeeded, and more
     * often only through the client's own retransmissions (see
     * {@link #sideEffectsAreNeverAppliedTwiceUnderLoss}), never through duplicated datagrams.
     */
    @Test
    void lossDuplicationReorderingAndDelay() throws Exception {
        GetDeviceId.Response expected;
        try (IpmiClient direct = IpmiClient.newBuilder().build();
             IpmiSession s = direct.openSessionBlocking(BmcAddress.of(bmc.address()), ADMIN, suite(3))) {
            expected = s.sendBlocking(new GetDeviceId());
        }
        RetransmissionCounter retransmissions = new RetransmissionCounter();
        try (LossyUdpProxy proxy = new LossyUdpProxy(bmc.address(), 0.3, 0.2, 0.2, 20, 42);
             IpmiClient client = IpmiClient.newBuilder().retryPolicy(PATIENT).eventListener(retransmissions).build();
             IpmiSession s = openDespiteHandshakeDesync(client, BmcAddress.of(proxy.address()))) {
            List<CompletableFuture<GetDeviceId.Response>> reads = new ArrayList<>();
            List<Long> started = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                started.add(System.nanoTime());
                reads.add(s.send(new GetDeviceId()));
            }
            int answered = 0;
            for (int i = 0; i < reads.size(); i++) {
                if (outcome(reads.get(i), started.get(i)) instanceof GetDeviceId.Response r) {
                    assertEquals(expected, r);
                    answered++;
                }
            }
            int succeeded = 0;
            int extraExecutions = 0;
            for (int i = 0; i < 30; i++) {
                int marker = 0x5E100000 + i;
                long retransmittedBefore = retransmissions.count();
                Object o = outcome(s.send(new AddSelEntry(selRecord(marker))), System.nanoTime());
                long retransmitted = retransmissions.count() - retransmittedBefore;
                int n = markerCount(bmc.selEntries(), marker);
                assertTrue(n <= 1 + retransmitted, "Add SEL Entry " + i + " executed " + n + " times, sent "
                        + (1 + retransmitted) + " times");
                if (o instanceof AddSelEntry.Response) {
                    succeeded++;
                    assertTrue(n >= 1, "Add SEL Entry " + i + " succeeded but is not in the SEL");
                }
                extraExecutions += Math.max(0, n - 1);
            }
            System.out.println("lossy path: " + answered + "/100 reads answered, " + succeeded
                    + "/30 SEL additions succeeded, " + extraExecutions + " executed twice by retransmission; proxy dropped "
                    + proxy.dropped.get() + ", duplicated " + proxy.duplicated.get() + ", reordered " + proxy.reordered.get());
            assertTrue(proxy.dropped.get() > 0 && proxy.duplicated.get() > 0 && proxy.reordered.get() > 0,
                    "the path really was lossy");
            assertTrue(answered >= 90 && succeeded >= 20, "answered " + answered + "/100 reads, " + succeeded
                    + "/30 SEL additions: retransmission should get nearly everything through");
        }
    }

    /** Every datagram duplicated, a third reordered, none lost: each side effect runs exactly once. */
    @Test
    void duplicatedDatagramsNeverRunASideEffectTwice() throws Exception {
        try (LossyUdpProxy proxy = new LossyUdpProxy(bmc.address(), 0.0, 1.0, 0.3, 5, 9);
             IpmiClient client = IpmiClient.newBuilder().retryPolicy(PATIENT).build();
             IpmiSession s = openDespiteHandshakeDesync(client, BmcAddress.of(proxy.address()))) {
            for (int i = 0; i < 30; i++) {
                s.sendBlocking(new AddSelEntry(selRecord(0x0D0D0000 + i)));
            }
            List<byte[]> sel = bmc.selEntries();
            for (int i = 0; i < 30; i++) {
                assertEquals(1, markerCount(sel, 0x0D0D0000 + i), "Add SEL Entry " + i);
            }
            assertTrue(proxy.duplicated.get() >= 60, "duplicated " + proxy.duplicated.get());
        }
    }

    /**
     * Half the answers lost: the client retransmits Add SEL Entry byte for byte with its original
     * rqSeq, and a BMC that detects duplicate requests (as the simulated BMC does, per the spec)
     * answers the retransmission without adding the entry again.
     */
    @Test
    void sideEffectsAreNeverAppliedTwiceUnderLoss() throws Exception {
        try (IpmiClient client = IpmiClient.newBuilder().retryPolicy(PATIENT).build();
             IpmiSession s = openDespiteHandshakeDesync(client, BmcAddress.of(bmc.address()))) {
            bmc.faults().dropOutbound(0.5);
            for (int i = 0; i < 20; i++) {
                try {
                    s.sendBlocking(new AddSelEntry(selRecord(0x0E0E0000 + i)));
                } catch (IpmiTimeoutException acceptable) {
                    // the outcome is unknown; what matters is that it did not run twice
                }
                assertTrue(markerCount(bmc.selEntries(), 0x0E0E0000 + i) <= 1, "Add SEL Entry " + i + " ran twice");
            }
        }
    }

    /**
     * Opens a session, trying again when the handshake fails. A duplicated or retransmitted
     * RAKP 1 makes the BMC draw a new random number; the client answers the first RAKP 2 and the
     * BMC refuses RAKP 3 with 0Fh (see {@link #aDuplicatedRakp1DoesNotFailTheOpen}). On a loaded
     * machine PATIENT's 150 ms attempt timeout is enough to retransmit RAKP 1.
     */
    private static IpmiSession openDespiteHandshakeDesync(IpmiClient client, BmcAddress bmc) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return client.openSessionBlocking(bmc, ADMIN, suite(17));
            } catch (dev.ipmi.lan.IpmiAuthenticationException e) {
                if (attempt == 10) {
                    throw e;
                }
            }
        }
    }

    /**
     * When the network duplicates RAKP 1, the BMC (SimulatedBmc, and BMCs generally) draws a fresh
     * random number for the second copy and answers twice; the client completes RAKP 3 with the
     * first RAKP 2's random number and the BMC answers RAKP 4 with status 0Fh. The RAKP 2 had
     * verified, so the password is right: the client starts the exchange over.
     */
    @Test
    void aDuplicatedRakp1DoesNotFailTheOpen() throws Exception {
        try (LossyUdpProxy proxy = new LossyUdpProxy(bmc.address(), 0.0, 1.0, 0.0, 0, 1);
             IpmiClient client = IpmiClient.newBuilder().retryPolicy(PATIENT).build()) {
            for (int i = 0; i < 5; i++) {
                client.openSessionBlocking(BmcAddress.of(proxy.address()), ADMIN, suite(17)).close();
            }
        }
    }

    /**
     * The answer to a first RAKP 1 arrives late, after the client has retransmitted RAKP 1 and
     * the BMC has drawn a new random number for the copy: the client must complete the handshake
     * with the second RAKP 2, not the first (regression test of the RAKP 1 message tags).
     */
    @Test
    void aLateRakp2ForAnEarlierRakp1IsIgnored() throws Exception {
        try (CapturingRelay relay = new CapturingRelay(bmc.address());
             IpmiClient client = IpmiClient.newBuilder().retryPolicy(PATIENT).build()) {
            byte[][] held = new byte[1][];
            relay.rewriteFromBmc(d -> {
                if (d.length > 5 && d[4] == 0x06 && (d[5] & 0x3F) == 0x13) {
                    if (held[0] == null) {
                        held[0] = d; // the first RAKP 2 is late...
                        return null;
                    }
                    try {
                        relay.injectToClient(held[0]); // ...and arrives just before the second
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                return d;
            });
            try (IpmiSession s = client.openSessionBlocking(BmcAddress.of(relay.address()), ADMIN, suite(17))) {
                s.sendBlocking(new GetDeviceId());
            }
            assertTrue(held[0] != null, "the first RAKP 2 was held back");
        }
    }

    /** The answer, or the typed exception, of one command; fails on anything else or a late end. */
    private static Object outcome(CompletableFuture<?> f, long startedNanos) throws Exception {
        Object result;
        try {
            result = f.get(DEADLINE.plus(SLACK).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            assertInstanceOf(IpmiTimeoutException.class, e.getCause(), "only a typed timeout may end a command here");
            result = e.getCause();
        }
        long took = System.nanoTime() - startedNanos;
        assertTrue(took <= DEADLINE.plus(SLACK).toNanos(), "a command ended after " + took / 1_000_000 + " ms");
        return result;
    }

    @Test
    void aBusyBmcIsACompletionCodeNotAHang() throws Exception {
        try (IpmiClient client = IpmiClient.newBuilder().retryPolicy(QUICK).build();
             IpmiSession s = client.openSessionBlocking(BmcAddress.of(bmc.address()), ADMIN, suite(3))) {
            bmc.faults().nodeBusy(true);
            long t0 = System.nanoTime();
            CompletionCodeException e = assertThrows(CompletionCodeException.class, () -> s.sendBlocking(new GetDeviceId()));
            assertEquals(CompletionCode.NODE_BUSY, e.code());
            assertTrue(e.getMessage().contains("Get Device ID"), e.getMessage());
            assertFinishedWithin(t0, Duration.ofSeconds(1));
            bmc.faults().reset();
            s.sendBlocking(new GetDeviceId());
        }
    }

    /**
     * In-session answers slower than the whole deadline: a typed error within the deadline.
     * The client's liveness probe (sessionless, answered at once) makes it conclude that the BMC
     * forgot the session, so the error is SessionLostException rather than a timeout; either way
     * the client stays usable.
     */
    @Test
    void answersPastEveryTimeoutAreATypedError() throws Exception {
        try (IpmiClient client = IpmiClient.newBuilder().retryPolicy(QUICK).build()) {
            IpmiSession s = client.openSessionBlocking(BmcAddress.of(bmc.address()), ADMIN, suite(3));
            bmc.faults().answerDelay(Duration.ofMillis(1500));
            long t0 = System.nanoTime();
            IpmiException e = assertThrows(IpmiException.class, () -> s.sendBlocking(new GetDeviceId()));
            assertTrue(e instanceof IpmiTimeoutException || e instanceof SessionLostException, e.toString());
            assertFinishedWithin(t0, Duration.ofSeconds(1));
            bmc.faults().reset();
            Thread.sleep(1600); // the late answers arrive and are dropped
            try (IpmiSession again = client.openSessionBlocking(BmcAddress.of(bmc.address()), ADMIN, suite(3))) {
                again.sendBlocking(new GetDeviceId());
            }
            s.close();
        }
    }

    @Test
    void badChecksumsAreDroppedAndEndInATypedTimeout() throws Exception {
        DropCounter drops = new DropCounter();
        try (IpmiClient client = IpmiClient.newBuilder().retryPolicy(QUICK).eventListener(drops).build();
             IpmiSession s = client.openSessionBlocking(BmcAddress.of(bmc.address()), ADMIN, suite(3))) {
            bmc.faults().badChecksums(true);
            long t0 = System.nanoTime();
            assertThrows(IpmiTimeoutException.class, () -> s.sendBlocking(new GetDeviceId()));
            assertFinishedWithin(t0, Duration.ofSeconds(1));
            assertTrue(drops.get(DropReason.MALFORMED) >= 1, drops.toString());
            bmc.faults().reset();
            s.sendBlocking(new GetDeviceId());
        }
    }

    /**
     * A BMC (or impostor) whose RAKP 2 auth code does not prove knowledge of the password: the
     * open fails with IpmiAuthenticationException, and the client sends nothing after RAKP 1,
     * so the impostor gets no RAKP 3 (which would be keyed with the password) to work on.
     */
    @Test
    void aZeroFilledRakp2AuthCodeFailsTheOpenWithATypedError() throws Exception {
        bmc.faults().zeroRakp2AuthCode(true);
        try (CapturingRelay relay = new CapturingRelay(bmc.address());
             IpmiClient client = IpmiClient.newBuilder().retryPolicy(QUICK).build()) {
            long t0 = System.nanoTime();
            IpmiException e = assertThrows(IpmiException.class,
                    () -> client.openSessionBlocking(BmcAddress.of(relay.address()), ADMIN, suite(3)));
            assertFinishedWithin(t0, Duration.ofSeconds(3));
            assertInstanceOf(dev.ipmi.lan.IpmiAuthenticationException.class, e, e.toString());
            assertEquals(0, client.openSessions());
            Thread.sleep(300); // anything the client might still send
            for (byte[] d : relay.fromClient()) {
                boolean rakp3 = d.length > 5 && d[4] == 0x06 && (d[5] & 0x3F) == 0x14;
                assertTrue(!rakp3, "the client answered a forged RAKP 2 with RAKP 3");
            }
            assertTrue(relay.fromClient().stream().anyMatch(d -> d.length > 5 && (d[5] & 0x3F) == 0x12), "RAKP 1 was sent");
        }
    }

    @Test
    void aWrongLengthRakpMessageFailsTheOpenWithATypedError() throws Exception {
        bmc.faults().wrongLengthRakp(true);
        try (IpmiClient client = IpmiClient.newBuilder().retryPolicy(QUICK).build()) {
            long t0 = System.nanoTime();
            assertThrows(IpmiException.class,
                    () -> client.openSessionBlocking(BmcAddress.of(bmc.address()), ADMIN, suite(3)));
            assertFinishedWithin(t0, Duration.ofSeconds(3));
            assertEquals(0, client.openSessions());
            bmc.faults().reset();
            client.openSessionBlocking(BmcAddress.of(bmc.address()), ADMIN, suite(3)).close();
        }
    }

    /** A BMC answering for a session id the client never issued: dropped, then a typed error. */
    @Test
    void answersForASessionIdNeverIssuedAreDropped() throws Exception {
        DropCounter drops = new DropCounter();
        try (CapturingRelay relay = new CapturingRelay(bmc.address());
             IpmiClient client = IpmiClient.newBuilder().retryPolicy(QUICK).eventListener(drops).build();
             IpmiSession s = client.openSessionBlocking(BmcAddress.of(relay.address()), ADMIN, suite(3))) {
            int wrongId = s.consoleSessionId() ^ 0x5A5A5A5A;
            relay.rewriteFromBmc(d -> {
                if (d.length > 16 && d[4] == 0x06) {
                    ByteBuffer.wrap(d).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(6, wrongId);
                }
                return d;
            });
            long t0 = System.nanoTime();
            IpmiException e = assertThrows(IpmiException.class, () -> s.sendBlocking(new GetDeviceId()));
            assertTrue(e instanceof IpmiTimeoutException || e instanceof SessionLostException, e.toString());
            assertFinishedWithin(t0, Duration.ofSeconds(1));
            assertTrue(drops.get(DropReason.UNKNOWN_SESSION) >= 1, drops.toString());
        }
    }

    private static void assertFinishedWithin(long startedNanos, Duration bound) {
        long took = System.nanoTime() - startedNanos;
        assertTrue(took <= bound.plus(SLACK).toNanos(), "took " + took / 1_000_000 + " ms, bound " + bound);
    }
}
