package dev.ipmi.sol.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.command.transport.GetSolConfigurationParameters;
import dev.ipmi.core.command.transport.SetSolConfigurationParameters;
import dev.ipmi.core.command.transport.SolParameter;
import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiAuthenticationException;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.lan.RetryPolicy;
import dev.ipmi.lan.SessionOptions;
import dev.ipmi.sol.Recorder;
import dev.ipmi.sol.SolConsole;
import dev.ipmi.sol.SolEvent;
import dev.ipmi.sol.SolInUsePolicy;
import dev.ipmi.sol.SolOptions;
import dev.ipmi.testkit.net.LossyUdpProxy;
import dev.ipmi.testkit.ipmisim.IpmiSimUser;
import dev.ipmi.testkit.sim.SimulatedBmc;
import dev.ipmi.testkit.sim.SolStealing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The console against the testkit's simulated BMC: each stealing behaviour with and without the
 * payload status commands, 1 MiB both ways, a lossy path, and 100 consoles on one client.
 */
class SolSimulatedBmcTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration PROBE = Duration.ofSeconds(1);
    private static final SolOptions OPTIONS = SolOptions.defaults().withProbeInterval(PROBE)
            .withRetries(3, Duration.ofMillis(200));
    private static final RetryPolicy PATIENT = RetryPolicy.defaults().withAttempts(10)
            .withAttemptTimeout(Duration.ofMillis(150)).withBackoff(1.5, Duration.ofMillis(600))
            .withSideEffectAttemptTimeout(Duration.ofMillis(400)).withDeadline(Duration.ofSeconds(20));
    private IpmiClient client;

    @BeforeEach
    void client() {
        client = IpmiClient.newBuilder().build();
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    private static Credentials creds(IpmiSimUser u) {
        return Credentials.of(u.name(), u.password()).withPrivilege(u.maxPrivilege());
    }

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    @ParameterizedTest(name = "{0}, status commands {1}")
    @CsvSource({
        "SILENT, true, OWNERSHIP_PROBE",
        "SILENT, false, RETRIES_EXHAUSTED",
        "DEACTIVATING_BIT, true, OWNERSHIP_PROBE",
        "DEACTIVATING_BIT, false, DEACTIVATING_BIT",
        "STEAL_ON_ACTIVATE, true, OWNERSHIP_PROBE",
        "STEAL_ON_ACTIVATE, false, DEACTIVATING_BIT",
    })
    void eachStealingBehaviourIsDetectedAndLeftAlone(SolStealing mode, boolean statusCommands, SolEvent.Signal signal)
            throws Exception {
        try (SimulatedBmc bmc = SimulatedBmc.newBuilder().solStealing(mode).payloadStatusCommands(statusCommands).start()) {
            BmcAddress address = BmcAddress.of(bmc.address());
            Recorder ours = new Recorder();
            SolConsole console = SolConsole.open(client, address, creds(IpmiSimUser.ADMIN), SessionOptions.defaults(),
                    OPTIONS, ours).join();
            bmc.sol().hostOutput().write("before\r\n".getBytes());
            ours.awaitText("before", WAIT);

            IpmiSession thiefSession = client.openSessionBlocking(address, creds(IpmiSimUser.OPERATOR));
            Recorder thief = new Recorder();
            SolConsole thiefConsole = SolConsole.open(thiefSession,
                    OPTIONS.withPolicy(SolInUsePolicy.TAKE_OVER).withForce(true), thief).join();
            long stolenAt = System.nanoTime(); // the thief's Activate Payload has been answered

            SolEvent.Stolen stolen = ours.awaitEvent(SolEvent.Stolen.class, WAIT);
            long millis = (System.nanoTime() - stolenAt) / 1_000_000;
            // At most one jittered probe interval, plus a few loopback round trips and scheduling.
            assertTrue(millis < PROBE.toMillis() * 12 / 10 + 250, "detected after " + millis + " ms");
            assertEquals(signal, stolen.signal(), stolen::toString);
            if (statusCommands) {
                assertNotNull(stolen.newOwner());
                assertEquals(thiefSession.bmcSessionId(), stolen.newOwner().sessionId());
                assertEquals(IpmiSimUser.OPERATOR.id(), stolen.newOwner().userId());
                assertEquals(IpmiSimUser.OPERATOR.name(), stolen.newOwner().userName());
            } else {
                assertNull(stolen.newOwner(), "without Get Payload Instance Info the BMC cannot say who");
            }
            assertTrue(ours.awaitClosed(WAIT));
            console.close();
            Thread.sleep(PROBE.toMillis() * 3 / 2);
            assertEquals(thiefSession.bmcSessionId(), bmc.solOwnerSessionId(), "no Deactivate/Activate from the robbed console");
            assertEquals(1, ours.events.stream().filter(e -> e instanceof SolEvent.Stolen).count(), ours.events::toString);

            bmc.sol().hostOutput().write("after\r\n".getBytes());
            thief.awaitText("after", WAIT);
            thiefConsole.write(ByteBuffer.wrap("thief typed".getBytes())).get(5, TimeUnit.SECONDS);
            assertTrue(thiefConsole.isOpen());
            assertTrue(thief.events.isEmpty(), thief.events::toString);
            thiefConsole.close();
            thiefSession.close();
        }
    }

    @ParameterizedTest(name = "{0}, status commands {1}")
    @CsvSource({"SILENT, true", "SILENT, false", "DEACTIVATING_BIT, true", "DEACTIVATING_BIT, false",
        "STEAL_ON_ACTIVATE, true", "STEAL_ON_ACTIVATE, false"})
    void aStealIsDetectedThroughALossyPath(SolStealing mode, boolean statusCommands) throws Exception {
        try (SimulatedBmc bmc = SimulatedBmc.newBuilder().solStealing(mode).payloadStatusCommands(statusCommands).start();
                LossyUdpProxy proxy = new LossyUdpProxy(bmc.address(), 0.2, 0.2, 0.2, 0, 5);
                IpmiClient lossy = IpmiClient.newBuilder().retryPolicy(PATIENT).build()) {
            Recorder ours = new Recorder();
            IpmiSession session = openThroughLoss(lossy, BmcAddress.of(proxy.address()));
            SolConsole console = SolConsole.open(session, SolOptions.defaults().withProbeInterval(PROBE)
                    .withRetries(7, Duration.ofMillis(150)), ours).join();
            bmc.sol().hostOutput().write("before\r\n".getBytes());
            ours.awaitText("before", WAIT);
            // The thief has a clean path.
            IpmiSession thiefSession = client.openSessionBlocking(BmcAddress.of(bmc.address()), creds(IpmiSimUser.OPERATOR));
            SolConsole thief = SolConsole.open(thiefSession, OPTIONS.withPolicy(SolInUsePolicy.TAKE_OVER).withForce(true),
                    new Recorder()).join();
            SolEvent.Stolen stolen = ours.awaitEvent(SolEvent.Stolen.class, WAIT);
            if (statusCommands) {
                assertEquals(thiefSession.bmcSessionId(), stolen.newOwner().sessionId());
            }
            assertTrue(ours.awaitClosed(WAIT));
            console.close();
            Thread.sleep(PROBE.toMillis());
            assertEquals(thiefSession.bmcSessionId(), bmc.solOwnerSessionId());
            assertTrue(thief.isOpen());
            thief.close();
            thiefSession.close();
            session.close();
        }
    }

    /**
     * RMCP+ session establishment through 20% loss sometimes ends in RAKP 4 status 0Fh against the
     * simulated BMC (a duplicated RAKP message; an ipmi-lan / simulator matter): an application
     * would try again, and so does the test.
     */
    private static IpmiSession openThroughLoss(IpmiClient c, BmcAddress address) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return c.openSessionBlocking(address, creds(IpmiSimUser.ADMIN));
            } catch (IpmiAuthenticationException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    @Test
    void oneMebibyteBothWaysExactlyOnceInOrder() throws Exception {
        try (SimulatedBmc bmc = SimulatedBmc.newBuilder().start()) {
            transfer(bmc, BmcAddress.of(bmc.address()), client, 1 << 20, OPTIONS);
        }
    }

    /**
     * Issue 7's lossy path: 20% drop, duplicate and reorder both ways, 1 MiB each way. The
     * simulated BMC keeps unacknowledged host output instead of dropping it after its retries
     * (no console can recover characters a BMC dropped), and both sides retry fast.
     */
    @Test
    void aLossyPathDeliversAMebibyteEachWayOnceInOrder() throws Exception {
        transferThroughLoss(0.2, 0, 11, 1 << 20, Duration.ofMillis(10), Duration.ofMillis(6));
    }

    /**
     * Issue 10's network fault: 30% drop, duplicate and reorder both ways plus a random delay of
     * up to 5 ms per datagram, 64 KiB each way, exactly once and in order.
     */
    @Test
    void thirtyPercentLossWithDelayDeliversEveryByteOnceInOrder() throws Exception {
        transferThroughLoss(0.3, 5, 17, 64 * 1024, Duration.ofMillis(20), Duration.ofMillis(15));
    }

    /** {@code n} bytes each way through a proxy dropping, duplicating and reordering with probability {@code p}. */
    private void transferThroughLoss(double p, long maxDelayMillis, long seed, int n, Duration bmcRetry,
            Duration consoleRetry) throws Exception {
        try (SimulatedBmc bmc = SimulatedBmc.newBuilder().solRetransmitsUntilAcknowledged(true).start();
                LossyUdpProxy proxy = new LossyUdpProxy(bmc.address(), p, p, p, maxDelayMillis, seed);
                IpmiClient lossy = IpmiClient.newBuilder().retryPolicy(PATIENT).build()) {
            solRetries(bmc, bmcRetry);
            transfer(bmc, BmcAddress.of(proxy.address()), lossy, n,
                    SolOptions.defaults().withProbeInterval(PROBE).withRetries(7, consoleRetry));
            assertTrue(proxy.dropped.get() > 0 && proxy.duplicated.get() > 0 && proxy.reordered.get() > 0);
        }
    }

    /** Sets the BMC's SOL retry interval (SOL configuration parameter 4, 7 retries) over a clean session. */
    private void solRetries(SimulatedBmc bmc, Duration interval) throws IOException {
        try (IpmiSession s = client.openSessionBlocking(BmcAddress.of(bmc.address()), creds(IpmiSimUser.ADMIN))) {
            s.sendBlocking(new SetSolConfigurationParameters(1, new SolParameter.Retry(7, interval)));
            SolParameter.Retry now = (SolParameter.Retry) s.sendBlocking(
                    GetSolConfigurationParameters.of(1, 4)).parameter();
            assertEquals(interval, now.interval());
        }
    }

    /**
     * No false alarm while nobody steals: light traffic both ways through 20% drop, duplicate and
     * reorder with a probe every second, for two minutes ({@code -Dipmi.sol.soakSeconds} to
     * change it), against a BMC with the payload status commands and one without, side by side.
     */
    @Test
    void noFalseStolenWhileNobodySteals() throws Exception {
        int seconds = Integer.getInteger("ipmi.sol.soakSeconds", 120);
        CompletableFuture<Void> withCommands = CompletableFuture.runAsync(() -> soak(true, seconds, 23));
        CompletableFuture<Void> without = CompletableFuture.runAsync(() -> soak(false, seconds, 29));
        withCommands.get(seconds + 120, TimeUnit.SECONDS);
        without.get(seconds + 120, TimeUnit.SECONDS);
    }

    private void soak(boolean statusCommands, int seconds, long seed) {
        try (SimulatedBmc bmc = SimulatedBmc.newBuilder().payloadStatusCommands(statusCommands)
                        .solRetransmitsUntilAcknowledged(true).start();
                LossyUdpProxy proxy = new LossyUdpProxy(bmc.address(), 0.2, 0.2, 0.2, 0, seed);
                IpmiClient lossy = IpmiClient.newBuilder().retryPolicy(PATIENT).build()) {
            IpmiSession session = openThroughLoss(lossy, BmcAddress.of(proxy.address()));
            Recorder r = new Recorder();
            SolConsole console = SolConsole.open(session, SolOptions.defaults().withProbeInterval(PROBE)
                    .withRetries(7, Duration.ofMillis(150)), r).join();
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            ByteArrayOutputStream sent = new ByteArrayOutputStream();
            ByteArrayOutputStream typed = new ByteArrayOutputStream();
            Random rnd = new Random(seed);
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            while (System.nanoTime() < end) {
                byte[] line = ("tick " + rnd.nextInt() + "\r\n").getBytes();
                bmc.sol().hostOutput().write(line);
                printed.write(line);
                byte[] key = {(byte) ('a' + rnd.nextInt(26))};
                console.write(ByteBuffer.wrap(key)).get(30, TimeUnit.SECONDS);
                sent.write(key);
                Thread.sleep(200);
            }
            Thread reader = drain(bmc.sol().hostInput(), typed, sent.size());
            r.awaitBytes(printed.size(), WAIT);
            reader.join(WAIT.toMillis());
            String which = statusCommands ? "with status commands" : "without status commands";
            assertArrayEquals(printed.toByteArray(), r.bytes(), which);
            synchronized (typed) {
                assertArrayEquals(sent.toByteArray(), typed.toByteArray(), which);
            }
            assertTrue(r.events.stream().noneMatch(e -> e instanceof SolEvent.Stolen || e instanceof SolEvent.Deactivated
                    || e instanceof SolEvent.SessionLost), () -> which + ": " + r.events);
            assertTrue(console.isOpen(), which);
            console.close();
            session.close();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void transfer(SimulatedBmc bmc, BmcAddress address, IpmiClient c, int n, SolOptions options)
            throws Exception {
        Recorder r = new Recorder();
        SolConsole console = SolConsole.open(c, address, creds(IpmiSimUser.ADMIN), SessionOptions.defaults(),
                options, r).join();
        byte[] toHost = random(n, 1);
        byte[] toConsole = random(n, 2);
        ByteArrayOutputStream typed = new ByteArrayOutputStream();
        Thread reader = drain(bmc.sol().hostInput(), typed, n);
        CompletableFuture<Void> written = console.write(ByteBuffer.wrap(toHost));
        for (int i = 0; i < n; i += 4096) {
            bmc.sol().hostOutput().write(toConsole, i, Math.min(4096, n - i));
        }
        written.get(180, TimeUnit.SECONDS);
        r.awaitBytes(n, Duration.ofSeconds(180));
        reader.join(WAIT.toMillis());
        Thread.sleep(300);
        assertArrayEquals(toConsole, r.bytes(), "host to console");
        synchronized (typed) {
            assertArrayEquals(toHost, typed.toByteArray(), "console to host");
        }
        assertTrue(r.events.stream().noneMatch(e -> e instanceof SolEvent.Stolen || e instanceof SolEvent.Deactivated
                || e instanceof SolEvent.SessionLost), r.events::toString);
        assertTrue(console.isOpen());
        console.close();
    }

    private static Thread drain(InputStream in, ByteArrayOutputStream sink, int n) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[4096];
            int total = 0;
            try {
                while (total < n) {
                    int k = in.read(buf);
                    if (k < 0) {
                        return;
                    }
                    synchronized (sink) {
                        sink.write(buf, 0, k);
                    }
                    total += k;
                }
            } catch (IOException ignored) {
                // interrupted: the test is over
            }
        }, "host input");
        t.setDaemon(true);
        t.start();
        return t;
    }

    @Test
    void aHundredConsolesOnOneClient() throws Exception {
        int n = 100;
        int size = 16 * 1024;
        SimulatedBmc[] bmcs = new SimulatedBmc[n];
        SolConsole[] consoles = new SolConsole[n];
        Recorder[] recorders = new Recorder[n];
        try {
            CompletableFuture<?>[] opened = new CompletableFuture<?>[n];
            for (int i = 0; i < n; i++) {
                bmcs[i] = SimulatedBmc.newBuilder().start();
                recorders[i] = new Recorder();
                int k = i;
                opened[i] = SolConsole.open(client, BmcAddress.of(bmcs[i].address()), creds(IpmiSimUser.ADMIN),
                        SessionOptions.defaults(), OPTIONS.withProbeInterval(Duration.ofSeconds(3)), recorders[i])
                        .thenAccept(c -> consoles[k] = c);
            }
            CompletableFuture.allOf(opened).get(60, TimeUnit.SECONDS);
            assertEquals(n, client.openSessions());
            CompletableFuture<?>[] writes = new CompletableFuture<?>[n];
            for (int i = 0; i < n; i++) {
                bmcs[i].sol().hostOutput().write(random(size, 1000 + i));
                writes[i] = consoles[i].write(ByteBuffer.wrap(random(size, 2000 + i)));
            }
            CompletableFuture.allOf(writes).get(120, TimeUnit.SECONDS);
            for (int i = 0; i < n; i++) {
                recorders[i].awaitBytes(size, WAIT);
                assertArrayEquals(random(size, 1000 + i), recorders[i].bytes());
                byte[] typed = bmcs[i].sol().hostInput().readNBytes(size);
                assertArrayEquals(random(size, 2000 + i), typed);
                assertTrue(recorders[i].events.isEmpty(), recorders[i].events::toString);
                assertTrue(consoles[i].isOpen());
            }
        } finally {
            for (int i = 0; i < n; i++) {
                if (consoles[i] != null) {
                    consoles[i].close();
                }
                if (bmcs[i] != null) {
                    bmcs[i].close();
                }
            }
        }
    }

}
