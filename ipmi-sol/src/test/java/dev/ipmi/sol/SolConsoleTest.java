package dev.ipmi.sol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.ipmi.core.command.payload.ActivatePayload;
import dev.ipmi.core.command.payload.DeactivatePayload;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.InOrder;

/** The console's protocol against a fake BMC: chunking, accepts, NACKs, loss, back-pressure, stealing, policy. */
class SolConsoleTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final SolOptions FAST = SolOptions.defaults().withProbeInterval(Duration.ofMillis(200))
            .withRetries(3, Duration.ofMillis(20));
    private FakeBmc bmc = new FakeBmc();

    @AfterEach
    void stop() {
        bmc.close();
    }

    private SolConsole open(SolOptions o, SolListener l) {
        return SolConsole.open(bmc, null, false, o, l, ForkJoinPool.commonPool()).join();
    }

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private List<SolPacket> dataPackets() {
        return bmc.fromConsole.stream().filter(p -> p.sequence() != 0 && p.data().length() > 0).distinct().toList();
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, 27, 28, 29, 85})
    void writesAreChunkedToTheInboundPayloadSize(int n) throws Exception {
        SolConsole c = open(FAST, new Recorder());
        assertEquals(28, c.maxCharactersPerPacket());
        byte[] data = random(n, n);
        c.write(ByteBuffer.wrap(data)).get(5, TimeUnit.SECONDS);
        assertArrayEquals(data, bmc.hostReceived());
        List<SolPacket> packets = dataPackets();
        assertEquals((n + 27) / 28, packets.size(), packets::toString);
        assertTrue(packets.stream().allMatch(p -> p.data().length() <= 28));
        c.close();
    }

    @Test
    void partialAcceptsSendTheRestAgain() throws Exception {
        bmc.acceptLimit = 10;
        SolConsole c = open(FAST, new Recorder());
        byte[] data = random(100, 1);
        c.write(ByteBuffer.wrap(data)).get(5, TimeUnit.SECONDS);
        assertArrayEquals(data, bmc.hostReceived());
        assertEquals(10, dataPackets().size(), "each packet took 10 characters");
        c.close();
    }

    @Test
    void nackedPacketsAreSentAgainAndReported() throws Exception {
        bmc.nackFirstAttempt = true;
        Recorder r = new Recorder();
        SolConsole c = open(FAST, r);
        byte[] data = random(60, 2);
        c.write(ByteBuffer.wrap(data)).get(5, TimeUnit.SECONDS);
        assertArrayEquals(data, bmc.hostReceived());
        r.awaitEvent(SolEvent.Nack.class, WAIT);
        c.close();
    }

    @Test
    void writesCompleteInOrderAndSpanPackets() throws Exception {
        SolConsole c = open(FAST, new Recorder());
        CompletableFuture<?>[] fs = new CompletableFuture<?>[50];
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < fs.length; i++) {
            String s = "w" + i + ",";
            expected.append(s);
            fs[i] = c.write(ByteBuffer.wrap(s.getBytes()));
        }
        CompletableFuture.allOf(fs).get(5, TimeUnit.SECONDS);
        assertEquals(expected.toString(), new String(bmc.hostReceived()));
        assertTrue(dataPackets().stream().allMatch(p -> p.data().length() <= 28));
        c.close();
    }

    @Test
    void breakAndLineControlsGoInTheOperationByte() throws Exception {
        SolConsole c = open(FAST, new Recorder());
        c.sendBreak().get(5, TimeUnit.SECONDS);
        c.setCtsPause(true).get(5, TimeUnit.SECONDS);
        c.write(ByteBuffer.wrap(new byte[] {'x'})).get(5, TimeUnit.SECONDS);
        assertTrue(bmc.fromConsole.stream().anyMatch(p -> p.operation().generateBreak()));
        assertTrue(bmc.fromConsole.stream().anyMatch(p -> p.data().length() == 1 && p.operation().ctsPause()
                && !p.operation().generateBreak()), "CTS pause is a level, break a one-shot");
        c.setCtsPause(false).get(5, TimeUnit.SECONDS);
        c.setDcdDsrDeasserted(true).get(5, TimeUnit.SECONDS);
        c.ring().get(5, TimeUnit.SECONDS);
        c.flush(true, true).get(5, TimeUnit.SECONDS);
        SolPacket last = bmc.fromConsole.get(bmc.fromConsole.size() - 1);
        assertEquals(SolOperation.DCD_DSR_DEASSERT | SolOperation.FLUSH_INBOUND | SolOperation.FLUSH_OUTBOUND,
                last.operation().bits(), last::toString);
        assertTrue(bmc.fromConsole.stream().anyMatch(p -> p.operation().ring() && p.operation().dcdDsrDeasserted()
                && !p.operation().ctsPause()));
        c.close();
    }

    @Test
    void hostOutputArrivesOnceAndInOrderWithRetransmissionsAppendingCharacters() throws Exception {
        Recorder r = new Recorder();
        open(FAST, r);
        byte[] data = random(20_000, 3);
        for (int i = 0; i < data.length; i += 7) {
            bmc.hostPrints(java.util.Arrays.copyOfRange(data, i, Math.min(data.length, i + 7)));
        }
        r.awaitBytes(data.length, WAIT);
        Thread.sleep(100);
        assertArrayEquals(data, r.bytes());
    }

    @Test
    void charactersAppendedToARetransmissionAreTakenUnderItsNumber() throws Exception {
        Recorder r = new Recorder();
        SolConsole c = open(FAST, r);
        bmc.acksToLose = 1;
        bmc.hostPrints("abc".getBytes(StandardCharsets.US_ASCII));
        bmc.hostPrints("de".getBytes(StandardCharsets.US_ASCII)); // queued behind the unacknowledged "abc"
        r.awaitBytes(5, WAIT);
        Thread.sleep(50);
        assertEquals("abcde", new String(r.bytes(), StandardCharsets.US_ASCII));
        List<SolPacket> acks = bmc.fromConsole.stream().filter(SolPacket::isAck).toList();
        assertTrue(acks.stream().anyMatch(a -> a.acceptedCount() == 3), acks::toString);
        int seq = acks.get(0).ackSequence();
        assertTrue(acks.stream().anyMatch(a -> a.ackSequence() == seq && a.acceptedCount() == 5),
                "the retransmission's appended characters were acknowledged under its number: " + acks);
        c.close();
    }

    @Test
    void anOlderShorterCopyArrivingLateNeitherRepeatsNorLowersTheAcknowledgedCount() throws Exception {
        Recorder r = new Recorder();
        SolConsole c = open(FAST, r);
        bmc.toConsole(SolPacket.data(5, ascii("abcde")));
        bmc.toConsole(SolPacket.data(5, ascii("abc")));      // the first copy, reordered behind the second
        bmc.toConsole(SolPacket.data(5, ascii("abcdefg")));  // a third copy with more appended
        r.awaitBytes(7, WAIT);
        Thread.sleep(50);
        assertEquals("abcdefg", new String(r.bytes(), StandardCharsets.US_ASCII));
        List<Integer> counts = bmc.fromConsole.stream().filter(p -> p.isAck() && p.ackSequence() == 5)
                .map(SolPacket::acceptedCount).toList();
        assertEquals(List.of(5, 5, 7), counts);
        c.close();
    }

    @Test
    void payloadsShorterThanTheHeaderAreDropped() throws Exception {
        Recorder r = new Recorder();
        SolConsole c = open(FAST, r);
        bmc.toConsole(new byte[0]);
        bmc.toConsole(new byte[] {1, 0, 0});
        bmc.toConsole(new byte[] {1, 0, 0, 0, 'o', 'k'});
        r.awaitBytes(2, WAIT);
        assertEquals("ok", new String(r.bytes(), StandardCharsets.US_ASCII));
        assertTrue(c.isOpen());
        assertTrue(r.events.isEmpty(), r.events::toString);
        c.close();
    }

    /**
     * The console reads BMC packets in place, not through {@code SolPacket.decode} (which the fuzz
     * target covers): 5,000 random payloads of 0-300 bytes (the "deactivating" bit cleared, which
     * would rightly end the console) leave it open and working.
     */
    @Test
    void randomPayloadsLeaveTheConsoleWorking() throws Exception {
        Recorder r = new Recorder();
        SolConsole c = open(FAST, r);
        Random rnd = new Random(17);
        for (int i = 0; i < 5000; i++) {
            byte[] payload = new byte[rnd.nextInt(301)];
            rnd.nextBytes(payload);
            if (payload.length >= 4) {
                payload[3] &= (byte) ~0x10;
            }
            bmc.toConsole(payload);
        }
        c.write(ByteBuffer.wrap(ascii("still here"))).get(10, TimeUnit.SECONDS);
        assertTrue(new String(bmc.hostReceived(), StandardCharsets.US_ASCII).endsWith("still here"));
        assertTrue(c.isOpen());
        assertTrue(bmc.handlerFailures.isEmpty(), bmc.handlerFailures::toString);
        assertTrue(r.errors.isEmpty(), r.errors::toString);
        assertTrue(r.events.stream().noneMatch(e -> e instanceof SolEvent.Stolen || e instanceof SolEvent.SessionLost
                || e instanceof SolEvent.Deactivated), r.events::toString);
        c.close();
    }

    @Test
    void activationAsksForEncryptionAndAuthenticationTheSessionProvides() throws Exception {
        SolConsole c = open(FAST, new Recorder());
        ActivatePayload activate = bmc.commands.stream().filter(ActivatePayload.class::isInstance)
                .map(ActivatePayload.class::cast).findFirst().orElseThrow();
        assertTrue(activate.encryption() && activate.authentication(), activate::toString);
        c.close();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aSlowApplicationMakesTheConsoleNackAndResume() throws Exception {
        Recorder r = new Recorder() {
            @Override
            public void onOpen(SolConsole console) {
                // requests nothing yet
            }
        };
        SolConsole c = open(FAST.withReceiveBuffer(256), r);
        byte[] data = random(3000, 4);
        bmc.hostPrints(data);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (bmc.fromConsole.stream().noneMatch(p -> p.operation().nack())) {
            assertTrue(System.nanoTime() < deadline, "the console never NACKed");
            Thread.sleep(5);
        }
        assertEquals(0, r.bytes().length, "nothing delivered without demand");
        c.request(Long.MAX_VALUE);
        r.awaitBytes(data.length, WAIT);
        assertArrayEquals(data, r.bytes());
    }

    @ParameterizedTest(name = "{0}, status commands {1}")
    @CsvSource({
        "SILENT, true, OWNERSHIP_PROBE",
        "SILENT, false, RETRIES_EXHAUSTED",
        "DEACTIVATING_BIT, true, DEACTIVATING_BIT",
        "DEACTIVATING_BIT, false, DEACTIVATING_BIT",
        "STEAL_ON_ACTIVATE, true, DEACTIVATING_BIT",
        "STEAL_ON_ACTIVATE, false, DEACTIVATING_BIT",
    })
    void aStolenConsoleIsReportedOnceAndNeverFoughtFor(FakeBmc.StealMode mode, boolean statusCommands,
            SolEvent.Signal signal) throws Exception {
        bmc.stealMode = mode;
        SolListener l = mock(SolListener.class);
        SolConsole c = open(FAST, l);
        verify(l, timeout(5000)).onOpen(c);
        bmc.statusCommands = statusCommands;
        Thread.sleep(300); // a probe or two while still ours
        long before = System.nanoTime();
        bmc.steal();
        verify(l, timeout(5000)).onEvent(eq(c), argThat(e -> e instanceof SolEvent.Stolen));
        long millis = (System.nanoTime() - before) / 1_000_000;
        verify(l, timeout(5000)).onClose(c);
        int packetsAtEnd = bmc.fromConsole.size();
        assertTrue(millis < 240 + 4 * 20 + 2500, "detected after " + millis + " ms");

        InOrder order = inOrder(l);
        order.verify(l).onOpen(c);
        order.verify(l).onEvent(eq(c), argThat(e -> e instanceof SolEvent.Stolen s && s.signal() == signal
                && (statusCommands ? s.newOwner() != null && s.newOwner().sessionId() == FakeBmc.THIEF_SESSION
                        && "operator".equals(s.newOwner().userName()) && "192.0.2.7:623".equals(s.newOwner().remoteAddress())
                        : s.newOwner() == null)));
        order.verify(l).onClose(c);
        assertFalse(c.isOpen());
        assertThrows(ExecutionException.class, () -> c.write(ByteBuffer.wrap(new byte[] {1})).get(5, TimeUnit.SECONDS));
        c.close();
        Thread.sleep(500);
        verify(l, times(1)).onEvent(any(), argThat(e -> e instanceof SolEvent.Stolen));
        verify(l, times(1)).onClose(any());
        verify(l, never()).onError(any(), any());
        assertEquals(0, bmc.count(DeactivatePayload.class), "never deactivates the thief");
        assertEquals(1, bmc.count(ActivatePayload.class), "never re-activates");
        assertEquals(packetsAtEnd, bmc.fromConsole.size(), "no SOL after the event");
        assertEquals(FakeBmc.THIEF_SESSION, bmc.owner);
    }

    @Test
    void aProbeOfOurOwnPayloadNeverReportsAStealOverALossyPath() throws Exception {
        bmc.loss = 0.2;
        bmc.inboundPayloadSize = 259;
        Recorder r = new Recorder();
        SolConsole c = open(SolOptions.defaults().withProbeInterval(Duration.ofMillis(100)).withRetries(7, Duration.ofMillis(3)), r);
        byte[] out = random(1 << 20, 5);
        byte[] in = random(1 << 20, 6);
        for (int i = 0; i < in.length; i += 4096) {
            bmc.hostPrints(java.util.Arrays.copyOfRange(in, i, i + 4096));
        }
        c.write(ByteBuffer.wrap(out)).get(120, TimeUnit.SECONDS);
        r.awaitBytes(in.length, Duration.ofSeconds(120));
        Thread.sleep(200);
        assertArrayEquals(out, bmc.hostReceived(), "1 MiB to the host, exactly once in order");
        assertArrayEquals(in, r.bytes(), "1 MiB from the host, exactly once in order");
        assertTrue(r.events.stream().noneMatch(e -> e instanceof SolEvent.Stolen || e instanceof SolEvent.Deactivated),
                r.events::toString);
        assertTrue(c.isOpen());
        c.close();
    }

    @Test
    void failIfActiveNamesTheOwnerAndActivatesNothing() {
        bmc.owner = FakeBmc.THIEF_SESSION;
        CompletionException e = assertThrows(CompletionException.class, () -> open(FAST, new Recorder()));
        SolInUseException inUse = assertInstanceOf(SolInUseException.class, e.getCause());
        assertEquals(new SolOwner(FakeBmc.THIEF_SESSION, 3, "operator", dev.ipmi.core.command.PrivilegeLevel.OPERATOR, 1,
                "192.0.2.7:623"), inUse.owner());
        assertTrue(inUse.getMessage().contains("operator"), inUse::getMessage);
        assertEquals(0, bmc.count(ActivatePayload.class));
        assertEquals(0, bmc.count(DeactivatePayload.class));
    }

    @Test
    void takeOverDeactivatesTheOtherThenActivates() throws Exception {
        bmc.owner = FakeBmc.THIEF_SESSION;
        SolConsole c = open(FAST.withPolicy(SolInUsePolicy.TAKE_OVER), new Recorder());
        assertEquals(FakeBmc.OUR_SESSION, bmc.owner);
        assertEquals(1, bmc.count(DeactivatePayload.class));
        c.close();
        assertEquals(2, bmc.count(DeactivatePayload.class), "close() deactivates our own payload");
        assertEquals(0, bmc.owner);
    }

    @Test
    void takeOverDoesNotTrustABmcThatClaimsToDeactivate() {
        bmc.owner = FakeBmc.THIEF_SESSION;
        bmc.fakeDeactivate = true;
        CompletionException e = assertThrows(CompletionException.class,
                () -> open(FAST.withPolicy(SolInUsePolicy.TAKE_OVER), new Recorder()));
        assertTrue(e.getCause().getMessage().contains("still reports"), e.getCause()::getMessage);
        assertEquals(0, bmc.count(ActivatePayload.class));
    }

    @Test
    void aLostConsoleRefusesTakeOverDuringTheCoolDownUnlessForced() throws Exception {
        Recorder r = new Recorder();
        open(FAST, r);
        bmc.steal();
        SolEvent.Stolen s = r.awaitEvent(SolEvent.Stolen.class, WAIT);
        assertTrue(s.takeOverRefusedUntil().isAfter(s.at().plusSeconds(59)));
        CompletionException e = assertThrows(CompletionException.class,
                () -> open(FAST.withPolicy(SolInUsePolicy.TAKE_OVER), new Recorder()));
        assertTrue(e.getCause().getMessage().contains("cool-down"), e.getCause()::getMessage);
        assertEquals(0, bmc.count(DeactivatePayload.class));
        SolConsole forced = open(FAST.withPolicy(SolInUsePolicy.TAKE_OVER).withForce(true), new Recorder());
        assertEquals(FakeBmc.OUR_SESSION, bmc.owner);
        forced.close();
    }

    @Test
    void closeDeactivatesOnlyWhatIsStillOurs() throws Exception {
        Recorder r = new Recorder();
        SolConsole c = open(FAST, r);
        c.close();
        assertTrue(r.awaitClosed(WAIT));
        assertEquals(1, bmc.count(DeactivatePayload.class));
        assertNull(r.events.stream().filter(ev -> ev instanceof SolEvent.Stolen).findAny().orElse(null));
    }

    @Test
    void streamsCarryBytesBothWays() throws Exception {
        SolInputStream in = new SolInputStream(null);
        SolConsole c = open(FAST, in);
        c.outputStream().write("typed".getBytes());
        assertEquals("typed", new String(bmc.hostReceived()));
        bmc.hostPrints("printed".getBytes());
        byte[] buf = new byte[7];
        int got = 0;
        while (got < 7) {
            got += in.read(buf, got, 7 - got);
        }
        assertEquals("printed", new String(buf));
        in.close();
        assertEquals(-1, in.read());
    }

    @Test
    void aLostSessionEndsTheConsoleWithoutAStealReport() throws Exception {
        Recorder r = new Recorder();
        SolConsole c = open(FAST, r);
        bmc.sessionGone = true;
        SolEvent.SessionLost lost = r.awaitEvent(SolEvent.SessionLost.class, WAIT);
        assertInstanceOf(dev.ipmi.lan.SessionLostException.class, lost.cause());
        assertTrue(r.awaitClosed(WAIT));
        assertFalse(c.isOpen());
        assertTrue(r.events.stream().noneMatch(e -> e instanceof SolEvent.Stolen), r.events::toString);
        assertEquals(0, bmc.count(DeactivatePayload.class));
    }

    @Test
    void lineStatusBecomesEvents() throws Exception {
        Recorder r = new Recorder();
        open(FAST, r);
        bmc.statusBitsOnData = SolStatus.BREAK_DETECTED | SolStatus.TRANSMIT_OVERRUN;
        bmc.hostPrints("x".getBytes());
        r.awaitEvent(SolEvent.BreakDetected.class, WAIT);
        r.awaitEvent(SolEvent.TransmitOverrun.class, WAIT);
        bmc.statusBitsOnData = SolStatus.TRANSFER_UNAVAILABLE;
        bmc.hostPrints("y".getBytes());
        r.awaitEvent(e -> e instanceof SolEvent.CtsPaused p && p.paused(), WAIT, "CtsPaused(true)");
        bmc.statusBitsOnData = 0;
        bmc.hostPrints("z".getBytes());
        r.awaitEvent(e -> e instanceof SolEvent.CtsPaused p && !p.paused(), WAIT, "CtsPaused(false)");
        r.awaitBytes(3, WAIT);
        assertEquals("xyz", r.text());
    }

    /**
     * No false alarm over a long run: streaming both ways through 20% drop/duplicate/reorder with
     * a probe every 100 ms, for 10 seconds per variant (the issue asks for 2 minutes; CI time is shared).
     */
    @ParameterizedTest(name = "status commands {0}")
    @ValueSource(booleans = {true, false})
    void noFalseStolenOverALongLossyRun(boolean statusCommands) throws Exception {
        bmc.loss = 0.2;
        bmc.statusCommands = statusCommands;
        Recorder r = new Recorder();
        SolConsole c = open(SolOptions.defaults().withProbeInterval(Duration.ofMillis(100))
                .withRetries(7, Duration.ofMillis(20)), r);
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        java.io.ByteArrayOutputStream sent = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        Random rnd = new Random(9);
        while (System.nanoTime() < end) {
            byte[] a = random(1 + rnd.nextInt(100), rnd.nextLong());
            byte[] b = random(1 + rnd.nextInt(100), rnd.nextLong());
            sent.write(a);
            printed.write(b);
            bmc.hostPrints(b);
            c.write(ByteBuffer.wrap(a)).get(10, TimeUnit.SECONDS);
            Thread.sleep(rnd.nextInt(50));
        }
        r.awaitBytes(printed.size(), WAIT);
        Thread.sleep(200);
        assertArrayEquals(sent.toByteArray(), bmc.hostReceived());
        assertArrayEquals(printed.toByteArray(), r.bytes());
        assertTrue(r.events.stream().noneMatch(e -> e instanceof SolEvent.Stolen || e instanceof SolEvent.Deactivated
                || e instanceof SolEvent.SessionLost), r.events::toString);
        assertTrue(c.isOpen());
        c.close();
    }

    @Test
    void aHundredConsolesStreamAtOnce() throws Exception {
        int n = 100;
        FakeBmc[] bmcs = new FakeBmc[n];
        SolConsole[] consoles = new SolConsole[n];
        Recorder[] recorders = new Recorder[n];
        CompletableFuture<?>[] writes = new CompletableFuture<?>[n];
        try {
            for (int i = 0; i < n; i++) {
                bmcs[i] = new FakeBmc();
                recorders[i] = new Recorder();
                consoles[i] = SolConsole.open(bmcs[i], null, false, FAST.withProbeInterval(Duration.ofMillis(500)),
                        recorders[i], ForkJoinPool.commonPool()).join();
            }
            for (int i = 0; i < n; i++) {
                bmcs[i].hostPrints(random(16 * 1024, 1000 + i));
                writes[i] = consoles[i].write(ByteBuffer.wrap(random(16 * 1024, 2000 + i)));
            }
            CompletableFuture.allOf(writes).get(60, TimeUnit.SECONDS);
            for (int i = 0; i < n; i++) {
                recorders[i].awaitBytes(16 * 1024, WAIT);
                assertArrayEquals(random(16 * 1024, 1000 + i), recorders[i].bytes());
                assertArrayEquals(random(16 * 1024, 2000 + i), bmcs[i].hostReceived());
                assertTrue(recorders[i].events.isEmpty(), recorders[i].events::toString);
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

    @Test
    void activationStatusAloneStillCatchesASilentSteal() throws Exception {
        bmc.instanceInfoCommand = false;
        Recorder r = new Recorder();
        open(FAST, r);
        Thread.sleep(300);
        bmc.steal();
        SolEvent.Stolen s = r.awaitEvent(SolEvent.Stolen.class, WAIT);
        assertEquals(SolEvent.Signal.RETRIES_EXHAUSTED, s.signal());
        assertNull(s.newOwner(), "the BMC does not say who");
        assertEquals(0, bmc.count(DeactivatePayload.class));
    }

    @Test
    void aPayloadDeactivatedUnderUsWithNobodyTakingItIsReportedAsDeactivated() throws Exception {
        Recorder r = new Recorder();
        SolConsole c = open(FAST, r);
        bmc.deactivateSilently();
        r.awaitEvent(SolEvent.Deactivated.class, WAIT);
        assertTrue(r.awaitClosed(WAIT));
        assertFalse(c.isOpen());
        assertTrue(r.events.stream().noneMatch(e -> e instanceof SolEvent.Stolen), r.events::toString);
        assertEquals(1, bmc.count(ActivatePayload.class));
        assertEquals(0, bmc.count(DeactivatePayload.class));
    }
}
