package dev.ipmi.lan.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.command.app.GetDeviceId;
import dev.ipmi.core.command.chassis.ChassisControl;
import dev.ipmi.core.command.chassis.GetChassisStatus;
import dev.ipmi.core.command.session.GetSessionInfo;
import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.CipherSuitePolicy;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.lan.IpmiSessionLimitException;
import dev.ipmi.lan.RetryPolicy;
import dev.ipmi.lan.SessionLostException;
import dev.ipmi.lan.SessionOptions;
import dev.ipmi.testkit.net.LossyUdpProxy;
import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import dev.ipmi.testkit.junit.RequiresIpmiSim;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Limits, idle timeouts, lossy networks, concurrency and BMC restarts against ipmi_sim. */
class IpmiSimResilienceTest {
    private static final Credentials ADMIN = Credentials.of("admin", "adminpass");
    private static final SessionOptions SUITE_3 = SessionOptions.defaults().withCipherSuites(CipherSuitePolicy.explicit(3));

    private static BmcAddress address(IpmiSimBmc bmc) {
        return BmcAddress.of(bmc.host(), bmc.port());
    }

    @Test
    @RequiresIpmiSim
    void theSessionLimitIsATypedErrorAndLeaksNothing(IpmiSimBmc bmc) throws Exception {
        try (IpmiClient client = IpmiClient.newBuilder().build()) {
            List<IpmiSession> open = new ArrayList<>();
            for (int i = 0; i < 63; i++) {
                open.add(client.openSessionBlocking(address(bmc), ADMIN, SUITE_3));
            }
            IpmiSessionLimitException e = assertThrows(IpmiSessionLimitException.class,
                    () -> client.openSessionBlocking(address(bmc), ADMIN, SUITE_3));
            assertTrue(e.getMessage().contains("no free session slot"), e.getMessage());
            assertEquals(63, client.openSessions());
            for (IpmiSession s : open) {
                s.close();
            }
            assertEquals(0, client.openSessions());
            try (IpmiSession s = client.openSessionBlocking(address(bmc), ADMIN, SUITE_3)) {
                assertEquals(1, s.sendBlocking(GetSessionInfo.current()).activeSessions());
            }
        }
    }

    @Test
    @Tag("slow")
    @RequiresIpmiSim
    void keepaliveHoldsAnIdleSessionPastTheBmcIdleTimeout(IpmiSimBmc bmc) throws Exception {
        // ipmi_sim closes sessions idle for 30 s; the default keepalive (20 s) must prevent that.
        try (IpmiClient client = IpmiClient.newBuilder().build();
             IpmiSession s = client.openSessionBlocking(address(bmc), ADMIN, SUITE_3)) {
            Thread.sleep(70_000);
            assertTrue(s.isOpen());
            assertEquals(0x20, s.sendBlocking(new GetDeviceId()).deviceId());
            String log = Files.readString(bmc.log());
            assertTrue(!log.contains("Closed due to timeout"), "the BMC timed the session out:\n" + log);
        }
    }

    @Test
    @RequiresIpmiSim
    void everyCommandCompletesThroughALossyPath(IpmiSimBmc bmc) throws Exception {
        RetryPolicy patient = RetryPolicy.defaults().withAttempts(10).withAttemptTimeout(Duration.ofMillis(150))
                .withBackoff(1.5, Duration.ofMillis(600)).withSideEffectAttemptTimeout(Duration.ofMillis(400))
                .withDeadline(Duration.ofSeconds(20));
        try (LossyUdpProxy proxy = new LossyUdpProxy(bmc.address(), 0.2, 0.2, 0.2, 20, 42);
             IpmiClient client = IpmiClient.newBuilder().retryPolicy(patient).build();
             IpmiSession s = client.openSessionBlocking(BmcAddress.of(proxy.address()), ADMIN, SUITE_3)) {
            List<CompletableFuture<GetDeviceId.Response>> ids = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                ids.add(s.send(new GetDeviceId()));
            }
            for (CompletableFuture<GetDeviceId.Response> f : ids) {
                GetDeviceId.Response r = f.get(30, TimeUnit.SECONDS);
                assertEquals(0x20, r.deviceId());
                assertEquals(4753, r.manufacturerId());
            }
            long before = chassisRequests(bmc);
            for (int i = 0; i < 10; i++) {
                s.sendBlocking(new ChassisControl(ChassisControl.Control.POWER_UP));
                assertTrue(s.sendBlocking(new GetChassisStatus()).powerOn());
            }
            long executed = chassisRequests(bmc) - before;
            assertTrue(proxy.dropped.get() > 0 && proxy.duplicated.get() > 0 && proxy.reordered.get() > 0,
                    "the proxy really was lossy");
            // A lost answer makes the client retransmit; ipmi_sim does not cache answers by rqSeq,
            // so a retransmitted request may run again, but a duplicated datagram never does
            // (the session sequence window drops it).
            assertTrue(executed >= 10 && executed <= 10 + proxy.dropped.get(), "power-up ran " + executed + " times");
        }
    }

    private static long chassisRequests(IpmiSimBmc bmc) throws Exception {
        if (!Files.exists(bmc.chassisLog())) {
            return 0;
        }
        return Files.readAllLines(bmc.chassisLog()).stream().filter(l -> l.contains("set power")).count();
    }

    @Test
    @RequiresIpmiSim
    void fiftySessionsFromManyThreadsOnOneClient(IpmiSimBmc bmc) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try (IpmiClient client = IpmiClient.newBuilder().build()) {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                results.add(pool.submit(() -> {
                    try (IpmiSession s = client.openSessionBlocking(address(bmc), ADMIN, SUITE_3)) {
                        int ok = 0;
                        for (int j = 0; j < 20; j++) {
                            if (s.sendBlocking(new GetDeviceId()).deviceId() == 0x20) {
                                ok++;
                            }
                        }
                        return ok;
                    }
                }));
            }
            int total = 0;
            for (Future<Integer> f : results) {
                total += f.get(60, TimeUnit.SECONDS);
            }
            assertEquals(50 * 20, total);
            assertEquals(0, client.openSessions());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRestartedBmcSurfacesAsSessionLost() throws Exception {
        dev.ipmi.testkit.junit.Prerequisites.fromEnvironment().requireIpmiSim();
        RetryPolicy quick = RetryPolicy.defaults().withAttempts(3).withAttemptTimeout(Duration.ofMillis(300))
                .withDeadline(Duration.ofSeconds(5));
        IpmiSimBmc first = IpmiSimBmc.start();
        int port = first.port();
        try (IpmiClient client = IpmiClient.newBuilder().retryPolicy(quick).build()) {
            IpmiSession s = client.openSessionBlocking(BmcAddress.of(first.host(), port), ADMIN, SUITE_3);
            first.close();
            try (IpmiSimBmc second = IpmiSimBmc.builder().port(port).start()) {
                long t0 = System.nanoTime();
                CompletionException e = assertThrows(CompletionException.class, () -> s.send(new GetDeviceId()).join());
                assertInstanceOf(SessionLostException.class, e.getCause(), e.getCause().toString());
                assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(6).toNanos(), "within the deadline");
                assertTrue(!s.isOpen());
                // The client and its thread keep working for new sessions.
                try (IpmiSession again = client.openSessionBlocking(BmcAddress.of(second.host(), port), ADMIN, SUITE_3)) {
                    assertEquals(0x20, again.sendBlocking(new GetDeviceId()).deviceId());
                }
            }
        } finally {
            first.close();
        }
    }

    @Test
    void aCommandSessionMayReestablishItselfWhenAskedTo() throws Exception {
        dev.ipmi.testkit.junit.Prerequisites.fromEnvironment().requireIpmiSim();
        RetryPolicy quick = RetryPolicy.defaults().withAttempts(3).withAttemptTimeout(Duration.ofMillis(300))
                .withDeadline(Duration.ofSeconds(5));
        IpmiSimBmc first = IpmiSimBmc.start();
        int port = first.port();
        try (IpmiClient client = IpmiClient.newBuilder().retryPolicy(quick).build()) {
            IpmiSession s = client.openSessionBlocking(BmcAddress.of(first.host(), port), ADMIN,
                    SUITE_3.withReestablishOnLoss(true));
            int firstId = s.consoleSessionId();
            first.close();
            try (IpmiSimBmc second = IpmiSimBmc.builder().port(port).start()) {
                // A read-only command caught by the loss is repeated on the new session.
                assertEquals(0x20, s.sendBlocking(new GetDeviceId()).deviceId());
                assertTrue(s.isOpen());
                assertTrue(s.consoleSessionId() != firstId, "a new session");
                assertEquals(0x20, s.sendBlocking(new GetDeviceId()).deviceId());
                s.close();
                assertTrue(!s.isOpen());
            }
        } finally {
            first.close();
        }
    }
}
