package dev.ipmi.lan.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.command.app.GetDeviceId;
import dev.ipmi.core.testing.Robustness;
import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.CipherSuitePolicy;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.DropReason;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.lan.SessionOptions;
import dev.ipmi.testkit.sim.SimulatedBmc;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Forged, replayed and garbage datagrams aimed at established sessions (SimulatedBmc on
 * loopback, behind a relay that plays the on-path attacker: it sees the BMC's datagrams and can
 * send from the BMC's address). Sessions must keep working and every rejected datagram must be
 * counted with its reason.
 */
@Timeout(120)
class HostileDatagramsTest {
    private static final int RMCP_PLUS_SEQUENCE = 10;
    private static final int RMCP_PLUS_SESSION_ID = 6;

    private SimulatedBmc bmc;
    private CapturingRelay relay;
    private DropCounter drops;
    private IpmiClient client;

    @BeforeEach
    void start() throws Exception {
        bmc = SimulatedBmc.newBuilder().faultSeed(7).start();
        relay = new CapturingRelay(bmc.address());
        drops = new DropCounter();
        client = IpmiClient.newBuilder().eventListener(drops).build();
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        relay.close();
        bmc.close();
    }

    private IpmiSession open(int suite) throws Exception {
        return client.openSessionBlocking(BmcAddress.of(relay.address()), Credentials.of("admin", "adminpass"),
                SessionOptions.defaults().withCipherSuites(CipherSuitePolicy.explicit(suite)));
    }

    /** The last in-session datagram the BMC sent to {@code session} (RMCP+, its console session id). */
    private byte[] lastSessionDatagram(IpmiSession session) {
        List<byte[]> seen = relay.fromBmc();
        for (int i = seen.size() - 1; i >= 0; i--) {
            byte[] d = seen.get(i);
            if (d.length > 16 && d[4] == 0x06 && ByteBuffer.wrap(d).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                    .getInt(RMCP_PLUS_SESSION_ID) == session.consoleSessionId()) {
                return d.clone();
            }
        }
        throw new AssertionError("no in-session datagram captured");
    }

    private static void setSequence(byte[] datagram, int sequence) {
        ByteBuffer.wrap(datagram).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(RMCP_PLUS_SEQUENCE, sequence);
    }

    private static int sequence(byte[] datagram) {
        return ByteBuffer.wrap(datagram).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(RMCP_PLUS_SEQUENCE);
    }

    /** Waits until {@code counter} reaches {@code want} (the selector thread counts asynchronously). */
    private static void awaitCount(LongSupplier counter, long want) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (counter.getAsLong() < want && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(counter.getAsLong() >= want, "expected at least " + want + ", got " + counter.getAsLong());
    }

    @Test
    void aReplayedDatagramIsDroppedBySequenceWindow() throws Exception {
        try (IpmiSession s = open(3)) {
            s.sendBlocking(new GetDeviceId());
            byte[] captured = lastSessionDatagram(s);
            long before = drops.get(DropReason.OUT_OF_WINDOW);
            relay.injectToClient(captured);
            relay.injectToClient(captured);
            awaitCount(() -> drops.get(DropReason.OUT_OF_WINDOW), before + 2);
            assertEquals(0, drops.get(DropReason.BAD_AUTH_CODE) + drops.get(DropReason.DECRYPT_FAILED), drops.toString());
            s.sendBlocking(new GetDeviceId()); // the session carries on
        }
    }

    /**
     * With AES, a datagram whose MAC does not verify is rejected as BAD_AUTH_CODE whatever was
     * changed (ciphertext, pad, MAC): it never reaches the decryptor, so there is no padding
     * oracle and no DECRYPT_FAILED for an attacker to tell apart.
     */
    @Test
    void aBadAuthCodeIsDroppedBeforeDecryption() throws Exception {
        try (IpmiSession s = open(17)) {
            s.sendBlocking(new GetDeviceId());
            byte[] captured = lastSessionDatagram(s);
            int payloadEnd = 16 + ((captured[14] & 0xFF) | (captured[15] & 0xFF) << 8);
            int[] flips = {16 + 3, 16 + 20, payloadEnd - 1, captured.length - 1};
            for (int i = 0; i < flips.length; i++) {
                byte[] forged = captured.clone();
                setSequence(forged, sequence(captured) + 1 + i); // inside the window, so the MAC is what rejects it
                forged[flips[i]] ^= 0x01;
                relay.injectToClient(forged);
            }
            byte[] unchangedButResequenced = captured.clone();
            setSequence(unchangedButResequenced, sequence(captured) + 10); // the sequence is covered by the MAC
            relay.injectToClient(unchangedButResequenced);
            awaitCount(() -> drops.get(DropReason.BAD_AUTH_CODE), flips.length + 1);
            assertEquals(0, drops.get(DropReason.DECRYPT_FAILED), drops.toString());
            s.sendBlocking(new GetDeviceId()); // forged sequence numbers did not move the window
        }
    }

    /** A session with integrity drops an unauthenticated (and unencrypted) datagram: no downgrade. */
    @Test
    void unauthenticatedResponsesAreDroppedInASessionWithIntegrity() throws Exception {
        try (IpmiSession s = open(3)) {
            s.sendBlocking(new GetDeviceId());
            byte[] captured = lastSessionDatagram(s);
            // A plausible Get Device ID response in the clear: rqAddr 81h, NetFn 07h, checksum, rsAddr 20h, rqSeq, cmd 01h, cc 00h...
            byte[] message = {(byte) 0x81, 0x1C, 0x63, 0x20, 0x04, 0x01, 0x00, 0x20, 0x01, 0x01, 0x23, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, (byte) 0x9c};
            ByteBuffer forged = ByteBuffer.allocate(16 + message.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            forged.put(new byte[] {0x06, 0x00, (byte) 0xFF, 0x07, 0x06, 0x00});
            forged.putInt(s.consoleSessionId()).putInt(sequence(captured) + 1);
            forged.putShort((short) message.length).put(message);
            relay.injectToClient(forged.array());
            awaitCount(() -> drops.get(DropReason.SECURITY_DOWNGRADE), 1);
            s.sendBlocking(new GetDeviceId());
        }
    }

    /**
     * 100,000 datagrams at the client's port while two sessions run commands: random bytes from
     * a stranger, and from the BMC's own address random bytes, mutations of captured datagrams
     * and well-formed headers for the live session ids. Every command succeeds; the garbage is
     * counted as drops.
     */
    @Test
    void aFloodOfGarbageDoesNotDisturbRunningSessions() throws Exception {
        IpmiSession s3 = open(3);
        IpmiSession s17 = open(17);
        s3.sendBlocking(new GetDeviceId());
        s17.sendBlocking(new GetDeviceId());
        List<byte[]> samples = List.of(lastSessionDatagram(s3), lastSessionDatagram(s17));
        AtomicBoolean flooding = new AtomicBoolean(true);
        AtomicLong commands = new AtomicLong();
        Thread[] workers = new Thread[2];
        Throwable[] failure = new Throwable[1];
        IpmiSession[] sessions = {s3, s17};
        for (int w = 0; w < 2; w++) {
            IpmiSession s = sessions[w];
            workers[w] = new Thread(() -> {
                try {
                    while (flooding.get()) {
                        s.sendBlocking(new GetDeviceId());
                        commands.incrementAndGet();
                    }
                } catch (Throwable t) {
                    failure[0] = t;
                }
            });
            workers[w].start();
        }
        int total = 100_000;
        Random random = new Random(11);
        InetSocketAddress target = new InetSocketAddress("127.0.0.1", client.localAddress().getPort());
        try (DatagramChannel stranger = DatagramChannel.open()) {
            for (int i = 0; i < total; i++) {
                byte[] d = switch (i % 4) {
                    case 0 -> randomBytes(random, random.nextInt(120));
                    case 1 -> Robustness.mutate(samples.get(random.nextInt(2)), random);
                    case 2 -> forgedHeader(random, sessions[random.nextInt(2)].consoleSessionId());
                    default -> null;
                };
                if (d == null) {
                    stranger.send(ByteBuffer.wrap(randomBytes(random, random.nextInt(120))), target);
                } else {
                    relay.injectToClient(d);
                }
                if (i % 20 == 0) {
                    // ~20,000 a second: the socket buffers do not overflow, so the drops counted are
                    // the client's own, and the flood lasts long enough for many commands to run under it
                    Thread.sleep(1);
                }
            }
        }
        flooding.set(false);
        for (Thread t : workers) {
            t.join();
        }
        if (failure[0] != null) {
            throw new AssertionError("a session failed under the flood", failure[0]);
        }
        Thread.sleep(200);
        System.out.println("flood: " + total + " sent, " + commands.get() + " commands ok, drops " + drops);
        assertTrue(commands.get() > 10, "commands completed during the flood: " + commands.get());
        assertTrue(drops.total() >= total * 9L / 10, "drops counted: " + drops.total() + " of " + total + " " + drops);
        s3.sendBlocking(new GetDeviceId());
        s17.sendBlocking(new GetDeviceId());
        s3.close();
        s17.close();
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        if (n > 4 && random.nextBoolean()) {
            b[0] = 0x06; // RMCP version, reserved, seq FFh, class IPMI: past the first check
            b[1] = 0x00;
            b[2] = (byte) 0xFF;
            b[3] = 0x07;
        }
        return b;
    }

    /** A well-formed RMCP+ header for a live session id, random flags, sequence and payload. */
    private static byte[] forgedHeader(Random random, int sessionId) {
        byte[] payload = randomBytes(random, random.nextInt(64));
        ByteBuffer b = ByteBuffer.allocate(16 + payload.length + 20).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0x06, 0x00, (byte) 0xFF, 0x07, 0x06, (byte) (random.nextInt(4) << 6)});
        b.putInt(sessionId).putInt(random.nextInt(64)).putShort((short) payload.length).put(payload);
        byte[] trailer = new byte[20];
        random.nextBytes(trailer);
        b.put(trailer);
        return b.array();
    }
}
