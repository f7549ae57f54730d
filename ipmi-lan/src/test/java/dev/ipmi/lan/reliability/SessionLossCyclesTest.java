package dev.ipmi.lan.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.UnixOperatingSystemMXBean;
import dev.ipmi.core.command.app.GetDeviceId;
import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.CipherSuitePolicy;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.lan.RetryPolicy;
import dev.ipmi.lan.SessionLostException;
import dev.ipmi.lan.SessionOptions;
import dev.ipmi.testkit.sim.SimulatedBmc;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The BMC forgets its sessions (as a reboot does) under 1,000 established sessions, 50 at a
 * time: every command on a forgotten session fails with {@link SessionLostException} within its
 * deadline, the client stays usable, and its threads, file descriptors and heap do not grow.
 */
@Timeout(180)
class SessionLossCyclesTest {
    private static final int CYCLES = 1000;
    private static final int BATCH = 50;
    private static final Duration DEADLINE = Duration.ofSeconds(2);
    private static final Duration SLACK = Duration.ofSeconds(2);

    @Test
    void aThousandForgottenSessionsLeaveNothingBehind() throws Exception {
        RetryPolicy quick = RetryPolicy.defaults().withAttempts(3).withAttemptTimeout(Duration.ofMillis(100))
                .withDeadline(DEADLINE);
        SessionOptions suite3 = SessionOptions.defaults().withCipherSuites(CipherSuitePolicy.explicit(3));
        Credentials admin = Credentials.of("admin", "adminpass");
        try (SimulatedBmc bmc = SimulatedBmc.newBuilder().maxSessions(63).start();
             IpmiClient client = IpmiClient.newBuilder().retryPolicy(quick).build()) {
            BmcAddress address = BmcAddress.of(bmc.address());
            cycle(client, bmc, address, admin, suite3); // warm up: classes, buffers, JIT
            cycle(client, bmc, address, admin, suite3);
            Footprint before = Footprint.now();
            for (int done = 0; done < CYCLES; done += BATCH) {
                cycle(client, bmc, address, admin, suite3);
            }
            assertEquals(0, client.openSessions(), "sessions the client still counts as open");
            Footprint after = Footprint.now();
            System.out.println("session loss cycles: before " + before + ", after " + after);
            assertTrue(after.threads <= before.threads, "threads " + before.threads + " -> " + after.threads);
            assertTrue(after.fds <= before.fds + 2, "file descriptors " + before.fds + " -> " + after.fds);
            assertTrue(after.heap <= before.heap + 32L * 1024 * 1024, "heap after GC " + before.heap + " -> " + after.heap);
            try (IpmiSession s = client.openSessionBlocking(address, admin, suite3)) {
                assertEquals(0x20, s.sendBlocking(new GetDeviceId()).deviceId() & 0xFF);
            }
        }
    }

    /** BATCH sessions opened, forgotten by the BMC, each command failing with SessionLost in time. */
    private static void cycle(IpmiClient client, SimulatedBmc bmc, BmcAddress address, Credentials admin,
            SessionOptions options) throws Exception {
        List<CompletableFuture<IpmiSession>> opening = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            opening.add(client.openSession(address, admin, options));
        }
        List<IpmiSession> sessions = new ArrayList<>();
        for (CompletableFuture<IpmiSession> f : opening) {
            sessions.add(f.get(30, TimeUnit.SECONDS));
        }
        bmc.forgetAllSessions();
        long t0 = System.nanoTime();
        List<CompletableFuture<GetDeviceId.Response>> sent = new ArrayList<>();
        for (IpmiSession s : sessions) {
            sent.add(s.send(new GetDeviceId()));
        }
        for (CompletableFuture<GetDeviceId.Response> f : sent) {
            try {
                f.join();
                throw new AssertionError("a forgotten session answered");
            } catch (CompletionException e) {
                assertInstanceOf(SessionLostException.class, e.getCause(), e.getCause().toString());
            }
            long took = System.nanoTime() - t0;
            assertTrue(took <= DEADLINE.plus(SLACK).toNanos(), "SessionLost after " + took / 1_000_000 + " ms");
        }
        for (IpmiSession s : sessions) {
            assertTrue(!s.isOpen());
            s.close();
        }
    }

    private record Footprint(int threads, long fds, long heap) {
        static Footprint now() throws InterruptedException {
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(50);
            }
            long fds = ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean unix
                    ? unix.getOpenFileDescriptorCount() : 0;
            return new Footprint(ManagementFactory.getThreadMXBean().getThreadCount(), fds,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
    }
}
