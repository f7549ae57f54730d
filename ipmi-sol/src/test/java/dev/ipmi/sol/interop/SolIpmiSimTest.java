package dev.ipmi.sol.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.command.payload.GetPayloadInstanceInfo;
import dev.ipmi.core.command.payload.PayloadType;
import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.CipherSuitePolicy;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.lan.RetryPolicy;
import dev.ipmi.lan.SessionOptions;
import dev.ipmi.sol.Recorder;
import dev.ipmi.sol.SolConsole;
import dev.ipmi.sol.SolEvent;
import dev.ipmi.sol.SolInUseException;
import dev.ipmi.sol.SolInUsePolicy;
import dev.ipmi.sol.SolOptions;
import dev.ipmi.testkit.net.LossyUdpProxy;
import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import dev.ipmi.testkit.ipmisim.IpmiSimUser;
import dev.ipmi.testkit.junit.Prerequisites;
import dev.ipmi.testkit.junit.RequiresIpmiSim;
import dev.ipmi.testkit.process.CommandResult;
import dev.ipmi.testkit.process.Commands;
import dev.ipmi.testkit.refclient.Ipmitool;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console against OpenIPMI's ipmi_sim (a BMC we did not write) and ipmitool as the other
 * client: both directions byte-exact, chunking at ipmi_sim's 32-byte inbound payload, refusing
 * a second activation, detecting ipmitool's steal and leaving ipmitool's console alone.
 */
@RequiresIpmiSim(perTest = true)
class SolIpmiSimTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration PROBE = Duration.ofSeconds(2);
    private IpmiClient client;

    @BeforeEach
    void client() {
        client = IpmiClient.newBuilder().build();
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    /** Retries for a lossy path: many quick attempts, and a deadline long enough for them. */
    private static final RetryPolicy PATIENT = RetryPolicy.defaults().withAttempts(12)
            .withAttemptTimeout(Duration.ofMillis(150)).withBackoff(1.5, Duration.ofMillis(600))
            .withSideEffectAttemptTimeout(Duration.ofMillis(400)).withDeadline(Duration.ofSeconds(30));

    private static IpmiSession adminThrough(LossyUdpProxy proxy, IpmiClient c, SessionOptions o) throws IOException {
        IpmiSimUser u = IpmiSimUser.ADMIN;
        return c.openSessionBlocking(BmcAddress.of(proxy.address()),
                Credentials.of(u.name(), u.password()).withPrivilege(u.maxPrivilege()), o);
    }

    private IpmiSession session(IpmiSimBmc bmc, IpmiSimUser u) throws IOException {
        return client.openSessionBlocking(BmcAddress.of(bmc.host(), bmc.port()),
                Credentials.of(u.name(), u.password()).withPrivilege(u.maxPrivilege()));
    }

    private static SolOptions options() {
        return SolOptions.defaults().withProbeInterval(PROBE);
    }

    private static String pattern(String tag, int n) {
        StringBuilder b = new StringBuilder(tag);
        for (int i = 0; b.length() < n; i++) {
            b.append((char) ('a' + i % 26));
        }
        return b.substring(0, n);
    }

    @Test
    void consoleTextReachesTheHostChunkedAtTheInboundPayloadSize(IpmiSimBmc bmc) throws Exception {
        try (HostTty host = new HostTty(bmc); IpmiSession s = session(bmc, IpmiSimUser.ADMIN)) {
            Recorder r = new Recorder();
            SolConsole console = SolConsole.open(s, options(), r).join();
            assertEquals(28, console.maxCharactersPerPacket(), "ipmi_sim: inbound payload 32 bytes less the header");
            int max = console.maxCharactersPerPacket();
            StringBuilder expected = new StringBuilder();
            for (int n : new int[] {0, 1, max - 1, max, max + 1, 3 * max + 1, 1500}) {
                String text = pattern("[" + n + "]", n);
                console.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII))).get();
                expected.append(text);
            }
            host.awaitReceived(expected.toString(), WAIT);
            assertEquals(expected.toString(), host.received(), "every byte exactly once, in order");
            assertTrue(console.isOpen());
            console.close();
            assertTrue(r.awaitClosed(WAIT));
            assertFalse(payloadOwner(bmc).active(), "close() deactivated our payload");
            assertTrue(r.events.stream().noneMatch(e -> e instanceof SolEvent.Stolen), () -> "no Stolen: " + r.events);
        }
    }

    /** ipmi_sim keeps the last packet number across activations and swallows a repeat (FINDINGS 3.3). */
    @Test
    void reactivationLosesNoCharacters(IpmiSimBmc bmc) throws Exception {
        try (HostTty host = new HostTty(bmc); IpmiSession s = session(bmc, IpmiSimUser.ADMIN)) {
            StringBuilder expected = new StringBuilder();
            for (int round = 0; round < 4; round++) {
                SolConsole console = SolConsole.open(s, options(), new Recorder()).join();
                for (int i = 0; i < round + 1; i++) {
                    String text = "r" + round + "p" + i + ";";
                    console.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII))).get();
                    expected.append(text);
                }
                console.close();
            }
            host.awaitReceived(expected.toString(), WAIT);
            assertEquals(expected.toString(), host.received());
        }
    }

    @Test
    void hostTextArrivesExactlyOnce(IpmiSimBmc bmc) throws Exception {
        try (HostTty host = new HostTty(bmc); IpmiSession s = session(bmc, IpmiSimUser.ADMIN)) {
            Recorder r = new Recorder();
            SolConsole console = SolConsole.open(s, options(), r).join();
            StringBuilder expected = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                String line = "line " + i + " " + pattern("", 100 + 37 * i) + "\r\n";
                host.print(line);
                expected.append(line);
            }
            r.awaitBytes(expected.length(), WAIT);
            Thread.sleep(300); // anything duplicated would show up now
            assertEquals(expected.toString(), r.text());
            console.close();
        }
    }

    @Test
    void aSecondClientIsRefusedWhileWeHoldIt(IpmiSimBmc bmc) throws Exception {
        Ipmitool other = Prerequisites.fromEnvironment().ipmitool(bmc).withUser(IpmiSimUser.OPERATOR);
        try (IpmiSession s = session(bmc, IpmiSimUser.ADMIN)) {
            SolConsole console = SolConsole.open(s, options(), new Recorder()).join();
            CommandResult res = other.run("sol", "activate");
            assertNotEquals(0, res.exitCode(), res::toString);
            assertTrue(res.toString().contains("already active"), res::toString);
            assertEquals(s.bmcSessionId(), payloadOwner(bmc).ownerSessionId(), "we still own it");
            assertTrue(console.isOpen());
            console.close();
        }
    }

    @Test
    void failIfActiveNamesTheOwner(IpmiSimBmc bmc) throws Exception {
        Ipmitool other = Prerequisites.fromEnvironment().ipmitool(bmc).withUser(IpmiSimUser.OPERATOR);
        Process sol = other.start("sol", "activate");
        try (IpmiSession s = session(bmc, IpmiSimUser.ADMIN)) {
            int owner = awaitOwner(bmc, true);
            CompletionException e = assertThrows(CompletionException.class,
                    () -> SolConsole.open(s, options(), new Recorder()).join());
            SolInUseException inUse = assertInstanceOf(SolInUseException.class, e.getCause());
            assertEquals(owner, inUse.owner().sessionId());
            assertEquals(IpmiSimUser.OPERATOR.id(), inUse.owner().userId());
            assertEquals(IpmiSimUser.OPERATOR.name(), inUse.owner().userName());
            assertNotNull(inUse.owner().privilege(), "ipmi_sim reports the session's privilege");
            assertEquals(owner, payloadOwner(bmc).ownerSessionId(), "the refused open left ipmitool's console alone");
        } finally {
            Commands.stop(sol);
        }
    }

    @Test
    void takeOverWorksWhenAsked(IpmiSimBmc bmc) throws Exception {
        Ipmitool other = Prerequisites.fromEnvironment().ipmitool(bmc).withUser(IpmiSimUser.OPERATOR);
        Process sol = other.start("sol", "activate");
        try (HostTty host = new HostTty(bmc); IpmiSession s = session(bmc, IpmiSimUser.ADMIN)) {
            awaitOwner(bmc, true);
            SolConsole console = SolConsole.open(s, options().withPolicy(SolInUsePolicy.TAKE_OVER), new Recorder()).join();
            assertEquals(s.bmcSessionId(), payloadOwner(bmc).ownerSessionId());
            console.write(ByteBuffer.wrap("taken-over\r".getBytes(StandardCharsets.US_ASCII))).get();
            host.awaitReceived("taken-over\r", WAIT);
            console.close();
        } finally {
            Commands.stop(sol);
        }
    }

    @Test
    void ipmitoolStealingIsReportedAndLeftAlone(IpmiSimBmc bmc) throws Exception {
        Ipmitool other = Prerequisites.fromEnvironment().ipmitool(bmc).withUser(IpmiSimUser.OPERATOR);
        Process sol = null;
        try (HostTty host = new HostTty(bmc)) {
            Recorder r = new Recorder();
            // The console opens (and, once robbed, closes) its own session.
            SolConsole console = SolConsole.open(client, BmcAddress.of(bmc.host(), bmc.port()),
                    Credentials.of(IpmiSimUser.ADMIN.name(), IpmiSimUser.ADMIN.password()).withPrivilege(IpmiSimUser.ADMIN.maxPrivilege()),
                    SessionOptions.defaults(), options(), r).join();
            assertEquals(1, client.openSessions());
            host.print("before the steal\r\n");
            r.awaitText("before the steal", WAIT);

            // The steal as a person does it: deactivate the running console, activate your own.
            CommandResult deact = other.run("raw", "0x06", "0x49", "0x01", "0x01", "0x00", "0x00", "0x00", "0x00");
            assertEquals(0, deact.exitCode(), deact::toString);
            long stolenAt = System.nanoTime();
            sol = other.start("sol", "activate");
            int thief = awaitOwner(bmc, true);

            SolEvent.Stolen stolen = r.awaitEvent(SolEvent.Stolen.class, WAIT);
            long millis = (System.nanoTime() - stolenAt) / 1_000_000;
            System.out.println("stolen detected after " + millis + " ms: " + stolen);
            // one jittered probe interval, the vacant re-checks while ipmitool logs in, round trips
            assertTrue(millis < PROBE.toMillis() * 12 / 10 + 2000 + 500, "detected after " + millis + " ms");
            assertEquals(SolEvent.Signal.OWNERSHIP_PROBE, stolen.signal());
            assertNotNull(stolen.newOwner(), stolen::toString);
            assertEquals(thief, stolen.newOwner().sessionId());
            assertEquals(IpmiSimUser.OPERATOR.id(), stolen.newOwner().userId());
            assertEquals(IpmiSimUser.OPERATOR.name(), stolen.newOwner().userName());
            assertTrue(r.awaitClosed(WAIT));
            assertFalse(console.isOpen());
            long closeDeadline = System.nanoTime() + WAIT.toNanos();
            while (client.openSessions() > 0) {
                assertTrue(System.nanoTime() < closeDeadline, "the robbed console closed its own session");
                Thread.sleep(20);
            }
            assertEquals(1, r.events.stream().filter(e -> e instanceof SolEvent.Stolen).count(), r.events::toString);

            // Writes now fail rather than go out.
            assertThrows(Exception.class, () -> console.write(ByteBuffer.wrap(new byte[] {'x'})).get());
            console.close(); // must not deactivate ipmitool's payload
            Thread.sleep(PROBE.toMillis() * 2);
            assertEquals(thief, payloadOwner(bmc).ownerSessionId(), "no Deactivate or Activate from the robbed console");
            assertEquals(1, r.opens);

            // ipmitool's console works.
            ByteArrayOutputStream screen = new ByteArrayOutputStream();
            Thread reader = drain(sol.getInputStream(), screen);
            host.print("after the steal\r\n");
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!screenText(screen).contains("after the steal")) {
                assertTrue(System.nanoTime() < deadline, () -> "ipmitool's screen: " + screenText(screen));
                Thread.sleep(20);
            }
            assertFalse(r.text().contains("after the steal"));
            reader.interrupt();
        } finally {
            if (sol != null) {
                Commands.stop(sol);
            }
        }
    }

    /**
     * 20% drop, 20% duplicate, 20% reorder (a datagram held back until the next one passes), no
     * random delay: ipmi_sim tells a repeated SOL packet only by comparing its number with the
     * last one, so a copy delayed past our next packet would be typed twice by ipmi_sim itself.
     */
    @Test
    void bothDirectionsThroughALossyPathExactlyOnceWithoutFalseAlarms(IpmiSimBmc bmc) throws Exception {
        // 5% loss, 20% duplication and reordering: ipmi_sim gives up on a SOL packet after a few
        // unacknowledged sends and drops its characters (a BMC property, not the console's), which
        // at 20% loss happened in about one CI run in three. 20% loss runs against the simulated BMC.
        try (LossyUdpProxy proxy = new LossyUdpProxy(bmc.address(), 0.05, 0.2, 0.2, 0, 42);
                IpmiClient lossyClient = IpmiClient.newBuilder().retryPolicy(PATIENT).build();
                HostTty host = new HostTty(bmc);
                IpmiSession s = adminThrough(proxy, lossyClient, SessionOptions.defaults())) {
            Recorder r = new Recorder();
            SolConsole console = SolConsole.open(s, SolOptions.defaults().withProbeInterval(Duration.ofSeconds(1))
                    .withRetries(7, Duration.ofMillis(150)), r).join();
            String toHost = pattern("<to-host>", 4096);
            StringBuilder toConsole = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                String line = "host line " + i + " " + pattern("", 200) + "\r\n";
                toConsole.append(line);
            }
            host.print(toConsole.toString());
            console.write(ByteBuffer.wrap(toHost.getBytes(StandardCharsets.US_ASCII))).get(120, TimeUnit.SECONDS);
            host.awaitReceived(toHost, Duration.ofSeconds(60));
            r.awaitBytes(toConsole.length(), Duration.ofSeconds(60));
            Thread.sleep(1500); // late duplicates and a probe or two
            assertEquals(toHost, host.received(), "console to host, exactly once in order");
            assertEquals(toConsole.toString(), r.text(), "host to console, exactly once in order");
            assertTrue(r.events.stream().noneMatch(e -> e instanceof SolEvent.Stolen || e instanceof SolEvent.Deactivated
                    || e instanceof SolEvent.SessionLost), r.events::toString);
            assertTrue(console.isOpen());
            assertTrue(proxy.dropped.get() > 0 && proxy.duplicated.get() > 0 && proxy.reordered.get() > 0);
            console.close();
        }
    }

    /**
     * Issue 10's fault at 30% loss plus up to 5 ms of random delay, console to host: ipmi_sim
     * cannot be held to the other direction (it drops host output after 4 unanswered sends, about
     * one packet in 30 at this loss, see IPMI_SIM.md), nor to duplication (it takes a duplicate
     * that arrives after our next packet as new characters). Our side: every character once, in
     * order, and no false alarm from the probes through the same loss.
     */
    @Test
    void consoleToHostThroughThirtyPercentLossAndDelayExactlyOnce(IpmiSimBmc bmc) throws Exception {
        try (LossyUdpProxy proxy = new LossyUdpProxy(bmc.address(), 0.3, 0, 0, 5, 43);
                IpmiClient lossyClient = IpmiClient.newBuilder().retryPolicy(PATIENT).build();
                HostTty host = new HostTty(bmc);
                // Suite 3 pinned: a handshake timing out under this loss makes negotiation try the
                // next suite, and ipmi_sim's suite 8 integrity is broken (IPMI_SIM.md).
                IpmiSession s = adminThrough(proxy, lossyClient,
                        SessionOptions.defaults().withCipherSuites(CipherSuitePolicy.explicit(3)))) {
            Recorder r = new Recorder();
            // Retries 50 ms apart: a retransmitted packet's late copy lands within the 25 ms the
            // console then waits, ahead of our next packet (the delay is at most 5 ms).
            SolConsole console = SolConsole.open(s, SolOptions.defaults().withProbeInterval(Duration.ofSeconds(1))
                    .withRetries(7, Duration.ofMillis(50)), r).join();
            String toHost = pattern("<30% loss>", 2048);
            console.write(ByteBuffer.wrap(toHost.getBytes(StandardCharsets.US_ASCII))).get(120, TimeUnit.SECONDS);
            host.awaitReceived(toHost, Duration.ofSeconds(60));
            Thread.sleep(1500); // late copies and a probe or two
            assertEquals(toHost, host.received(), "console to host, exactly once in order");
            assertTrue(r.events.stream().noneMatch(e -> e instanceof SolEvent.Stolen || e instanceof SolEvent.Deactivated
                    || e instanceof SolEvent.SessionLost), r.events::toString);
            assertTrue(console.isOpen());
            assertTrue(proxy.dropped.get() > 0);
            console.close();
        }
    }

    private static String screenText(ByteArrayOutputStream screen) {
        synchronized (screen) {
            return screen.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static Thread drain(InputStream in, ByteArrayOutputStream sink) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[1024];
            try {
                for (int n; (n = in.read(buf)) > 0; ) {
                    synchronized (sink) {
                        sink.write(buf, 0, n);
                    }
                }
            } catch (IOException ignored) {
                // process ended
            }
        }, "ipmitool screen");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Get Payload Instance Info from a third session. */
    private GetPayloadInstanceInfo.Response payloadOwner(IpmiSimBmc bmc) throws IOException {
        try (IpmiSession third = session(bmc, IpmiSimUser.USER)) {
            return third.sendBlocking(new GetPayloadInstanceInfo(PayloadType.SOL, 1));
        }
    }

    private int awaitOwner(IpmiSimBmc bmc, boolean active) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            GetPayloadInstanceInfo.Response r = payloadOwner(bmc);
            if (r.active() == active) {
                return r.ownerSessionId();
            }
            assertTrue(System.nanoTime() < deadline, "payload never " + (active ? "active" : "free"));
            Thread.sleep(100);
        }
    }
}
