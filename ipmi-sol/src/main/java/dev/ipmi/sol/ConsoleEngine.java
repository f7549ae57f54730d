package dev.ipmi.sol;

import dev.ipmi.core.command.Octets;
import dev.ipmi.lan.IpmiTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SOL protocol of one active console (IPMI v2.0 section 15.9): packet sequencing, ACK/NACK,
 * partial accepts and retransmission outbound; acknowledgement, de-duplication and back-pressure
 * inbound; the ownership probe and the fusion of the three stolen-console signals. Every field
 * is touched only on the link's loop; the public side talks to it through {@link SolLink#execute}.
 */
final class ConsoleEngine {
    private static final Logger log = LoggerFactory.getLogger(ConsoleEngine.class);
    /** Level bits of the operation byte: they describe line state and go in every packet. */
    private static final int LEVEL_BITS = SolOperation.CTS_PAUSE | SolOperation.DCD_DSR_DEASSERT;
    /** How often, and how far apart, a probe that found nobody owning the payload looks again for a thief. */
    private static final int VACANT_RECHECKS = 4;
    private static final long VACANT_RECHECK_NANOS = Duration.ofMillis(500).toNanos();
    /** The most characters one packet can carry: the accepted character count is one byte. */
    private static final int MAX_CHARACTERS = 0xFF;
    /** Consecutive probe timeouts that mean the session is gone. */
    private static final int PROBE_TIMEOUTS_FOR_LOSS = 2;

    private enum State { OPEN, ENDED }

    private static final class WriteOp {
        final byte[] data;
        int pos;
        final CompletableFuture<Void> done;

        WriteOp(byte[] data, CompletableFuture<Void> done) {
            this.data = data;
            this.done = done;
        }
    }

    private static final class Inflight {
        final SolPacket packet;
        final int oneShotBits;
        final List<CompletableFuture<Void>> opFutures;
        final boolean sync;
        int attempts;

        Inflight(SolPacket packet, int oneShotBits, List<CompletableFuture<Void>> opFutures, boolean sync) {
            this.packet = packet;
            this.oneShotBits = oneShotBits;
            this.opFutures = opFutures;
            this.sync = sync;
        }
    }

    private final SolConsole console;
    private final SolLink link;
    private final SolOptions options;
    private final Callbacks callbacks;
    private final SolListener listener;
    private final int maxChars;

    /** Written on the loop; read from any thread by {@link SolConsole#isOpen()}. */
    private volatile State state = State.OPEN;
    // outbound
    private final ArrayDeque<WriteOp> writes = new ArrayDeque<>();
    private int levelBits;
    private int oneShotBits;
    private List<CompletableFuture<Void>> opFutures = new ArrayList<>();
    private boolean probePacketWanted;
    /**
     * The first packet of an activation carries no characters. ipmi_sim keeps the last packet
     * number across activations and silently drops a "repeat" of it (FINDINGS 3.3); an empty
     * packet absorbs that, and costs any BMC nothing.
     */
    private boolean syncWanted = true;
    private Inflight inflight;
    private int nextSequence = 1;
    private ScheduledFuture<?> retryTimer;
    private ScheduledFuture<?> holdTimer;
    private boolean bmcPaused;
    /** A steal is suspected: nothing goes out while the BMC is asked. */
    private boolean suspended;
    // inbound
    private final InboundTracker tracker = new InboundTracker();
    private final ArrayDeque<byte[]> received = new ArrayDeque<>();
    private int receivedBytes;
    private long demand;
    private boolean nacking;
    // probing
    private ScheduledFuture<?> probeTimer;
    private boolean probing;
    private boolean probeCommandsUnsupported;
    private int probeTimeouts;
    /** The BMC acknowledged a packet without characters, so such a packet can probe it. */
    private boolean bmcAcksEmptyPackets;
    private SilenceCheck silenceCheck;

    ConsoleEngine(SolConsole console, SolLink link, SolOptions options, Callbacks callbacks, SolListener listener,
            int maxChars) {
        this.console = console;
        this.link = link;
        this.options = options;
        this.callbacks = callbacks;
        this.listener = listener;
        this.maxChars = maxChars;
    }

    // ---------------------------------------------------------------- lifecycle (loop)

    /** Attaches to the session and starts: the sync packet, then probing. Loop. */
    void start() {
        link.attach(this::onPayload);
        // A session that ends under an open console is a lost console, reported at once.
        link.onSessionEnd(cause -> end(new SolEvent.SessionLost(Instant.now(), cause),
                new SolClosedException("the IPMI session ended: " + cause.getMessage())));
        pump();
        scheduleProbe();
    }

    boolean isOpen() {
        return state == State.OPEN;
    }

    /** Stops everything without telling anyone; the caller decides about Deactivate Payload. Loop. */
    void stop(Exception writeFailure) {
        if (state == State.ENDED) {
            return;
        }
        state = State.ENDED;
        cancel(retryTimer);
        cancel(holdTimer);
        cancel(probeTimer);
        endSilenceCheck();
        link.attach(null);
        for (WriteOp w : writes) {
            w.done.completeExceptionally(writeFailure);
        }
        writes.clear();
        failOps(opFutures, writeFailure);
        if (inflight != null) {
            failOps(inflight.opFutures, writeFailure);
            inflight = null;
        }
    }

    private static void failOps(List<CompletableFuture<Void>> ops, Exception e) {
        for (CompletableFuture<Void> f : ops) {
            f.completeExceptionally(e);
        }
        ops.clear();
    }

    private static void cancel(ScheduledFuture<?> f) {
        if (f != null) {
            f.cancel(false);
        }
    }

    // ---------------------------------------------------------------- application requests (loop)

    void write(byte[] data, CompletableFuture<Void> done) {
        if (state != State.OPEN) {
            done.completeExceptionally(new SolClosedException("console is closed"));
            return;
        }
        writes.add(new WriteOp(data, done));
        completeFinishedWrites();
        pump();
    }

    /** Queues one-shot operation bits (break, ring, flush) or changes the line levels; done when the BMC ACKs. */
    void control(int setOneShot, int levelMask, int levelValue, CompletableFuture<Void> done) {
        if (state != State.OPEN) {
            done.completeExceptionally(new SolClosedException("console is closed"));
            return;
        }
        oneShotBits |= setOneShot;
        levelBits = (levelBits & ~levelMask) | (levelValue & levelMask);
        opFutures.add(done);
        pump();
    }

    void request(long n) {
        if (state != State.OPEN) {
            return;
        }
        demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
        deliver();
    }

    // ---------------------------------------------------------------- outbound

    private void pump() {
        if (state != State.OPEN || suspended || inflight != null || holdTimer != null) {
            return;
        }
        // Characters go out even while the BMC reports "transfer unavailable": its NACK then
        // paces us (one try per retry interval), and its next ACK tells when the port took them.
        boolean chars = !writes.isEmpty();
        boolean ops = !opFutures.isEmpty();
        if (!chars && !ops && !probePacketWanted && !syncWanted) {
            return;
        }
        byte[] payload = chars ? nextChunk() : new byte[0];
        boolean sync = syncWanted && payload.length == 0 && !ops;
        syncWanted = false;
        probePacketWanted = false;
        int seq = nextSequence;
        nextSequence = nextSequence == 15 ? 1 : nextSequence + 1;
        SolPacket p = SolPacket.data(seq, payload).withOperation(new SolOperation(levelBits | oneShotBits));
        List<CompletableFuture<Void>> carried = opFutures;
        opFutures = new ArrayList<>();
        inflight = new Inflight(p, oneShotBits, carried, sync);
        oneShotBits = 0;
        transmit();
    }

    private byte[] nextChunk() {
        int n = 0;
        for (WriteOp w : writes) {
            n += w.data.length - w.pos;
            if (n >= maxChars) {
                break;
            }
        }
        byte[] out = new byte[Math.min(n, maxChars)];
        int off = 0;
        for (WriteOp w : writes) {
            int take = Math.min(out.length - off, w.data.length - w.pos);
            System.arraycopy(w.data, w.pos, out, off, take);
            off += take;
            if (off == out.length) {
                break;
            }
        }
        return out;
    }

    private void transmit() {
        link.send(inflight.packet);
        Inflight sent = inflight;
        retryTimer = SolTimers.schedule(link, options.retryInterval().toNanos(), () -> onRetryTimer(sent));
    }

    private void onRetryTimer(Inflight sent) {
        if (state != State.OPEN || inflight != sent) {
            return;
        }
        if (sent.attempts < options.retryCount()) {
            sent.attempts++;
            transmit();
            return;
        }
        if (sent.sync) {
            // A BMC may ignore a packet without characters; the sync packet is a courtesy, not a probe.
            inflight = null;
            pump();
            return;
        }
        retryTimer = null;
        log.debug("SOL packet {} unanswered after {} retries", sent.packet.sequence(), sent.attempts);
        if (probeCommandsUnsupported) {
            checkSilence();
        } else {
            checkOwnership(SolEvent.Signal.RETRIES_EXHAUSTED, VACANT_RECHECKS);
        }
    }

    private void onAck(int ackSequence, int acceptedCount, boolean nack) {
        Inflight f = inflight;
        if (f == null || ackSequence != f.packet.sequence()) {
            return; // an ACK for something already settled (duplicate or late)
        }
        cancel(retryTimer);
        retryTimer = null;
        endSilenceCheck();
        inflight = null;
        int length = f.packet.data().length();
        if (length == 0) {
            bmcAcksEmptyPackets = true;
        }
        int accepted = Math.min(acceptedCount, length);
        advance(accepted);
        if (nack) {
            emit(new SolEvent.Nack(Instant.now(), f.packet.sequence(), accepted));
            // The operation bits were not acted on: they go again with the next packet.
            oneShotBits |= f.oneShotBits;
            f.opFutures.addAll(opFutures);
            opFutures = f.opFutures;
            hold();
            return;
        }
        for (CompletableFuture<Void> op : f.opFutures) {
            op.complete(null);
        }
        if (accepted == 0 && length > 0) {
            hold(); // nothing taken and no NACK: do not spin, try again after the retry interval
            return;
        }
        if (f.attempts > 0) {
            // A retransmitted packet may still have a copy on the way. A BMC that only compares a
            // packet's number with the last one would take that copy, arriving after our next
            // packet, as new characters: let it land first.
            hold(options.retryInterval().toNanos() / 2);
            return;
        }
        pump();
    }

    /** Waits one retry interval before sending the unaccepted rest again (spec: the BMC is busy). */
    private void hold() {
        hold(options.retryInterval().toNanos());
    }

    private void hold(long nanos) {
        holdTimer = SolTimers.schedule(link, nanos, () -> {
            holdTimer = null;
            pump();
        });
    }

    private void advance(int accepted) {
        int k = accepted;
        while (k > 0) {
            WriteOp w = writes.peek();
            int n = Math.min(k, w.data.length - w.pos);
            w.pos += n;
            k -= n;
            completeFinishedWrites();
        }
    }

    private void completeFinishedWrites() {
        for (WriteOp w; (w = writes.peek()) != null && w.pos == w.data.length; ) {
            writes.poll();
            w.done.complete(null);
        }
    }

    // ---------------------------------------------------------------- inbound

    /**
     * One SOL payload from the BMC (IPMI v2.0 table 15-2), read in place: the header bytes, then
     * the characters, which are copied once, into what the application receives. {@code payload}
     * is the client's receive buffer, valid only during this call.
     */
    private void onPayload(ByteBuffer payload) {
        if (state != State.OPEN) {
            return;
        }
        int at = payload.position();
        if (payload.remaining() < SolPacket.HEADER_LENGTH) {
            log.debug("SOL payload of {} bytes dropped: shorter than its header", payload.remaining());
            return;
        }
        // Reserved high nibbles of the sequence numbers are ignored, as the spec asks of receivers.
        int seq = payload.get(at) & 0x0F;
        int ack = payload.get(at + 1) & 0x0F;
        int accepted = payload.get(at + 2) & 0xFF;
        SolStatus st = new SolStatus(payload.get(at + 3) & 0xFF);
        if (st.deactivating()) {
            endStolen(SolEvent.Signal.DEACTIVATING_BIT);
            return;
        }
        if (st.transferUnavailable() != bmcPaused) {
            bmcPaused = st.transferUnavailable();
            emit(new SolEvent.CtsPaused(Instant.now(), bmcPaused));
        }
        if (ack != 0) {
            onAck(ack, accepted, st.nack());
        }
        if (seq != 0) {
            onData(seq, st, payload, at + SolPacket.HEADER_LENGTH, payload.limit());
        }
        pump();
    }

    /** Characters {@code from} to {@code to} of {@code payload}, in BMC packet {@code seq}. */
    private void onData(int seq, SolStatus st, ByteBuffer payload, int from, int to) {
        if (tracker.stale(seq)) {
            return;
        }
        int length = to - from;
        if (length > MAX_CHARACTERS) {
            log.debug("SOL packet {} with {} characters dropped: an ACK can count at most {}", seq, length, MAX_CHARACTERS);
            return;
        }
        int before = tracker.alreadyAccepted(seq);
        if (seq != tracker.lastSequence()) { // a new packet, not a retransmission
            if (st.breakDetected()) {
                emit(new SolEvent.BreakDetected(Instant.now()));
            }
            if (st.transmitOverrun()) {
                emit(new SolEvent.TransmitOverrun(Instant.now()));
            }
        }
        // New characters: all of a first copy; of a retransmission, those appended since.
        int added = tracker.newCharacters(seq, length);
        boolean fits = added <= options.receiveBuffer() - receivedBytes;
        if (fits && added > 0) {
            byte[] copy = new byte[added];
            payload.get(to - added, copy, 0, added);
            received.add(copy);
            receivedBytes += added;
        }
        int total = before + (fits ? added : 0);
        tracker.accepted(seq, total);
        // No room: NACK a packet only while we hold none of it, so its count (0) means the same to
        // every BMC (ipmi_sim ignores a NACK's count and keeps the whole packet). A
        // retransmission we hold the start of gets a plain partial ACK: its rest comes again later.
        boolean nack = !fits && before == 0;
        nacking = nack;
        link.send(new SolPacket(0, seq, total, (nack ? SolOperation.NACK : 0) | levelBits, Octets.EMPTY));
        deliver();
    }

    private void deliver() {
        while (demand > 0 && receivedBytes > 0) {
            // One packet's characters (the usual case for a console that keeps up) go as they are.
            byte[] all = received.size() == 1 ? received.poll() : new byte[receivedBytes];
            int off = 0;
            for (byte[] b; (b = received.poll()) != null; ) {
                System.arraycopy(b, 0, all, off, b.length);
                off += b.length;
            }
            receivedBytes = 0;
            demand--;
            ByteBuffer data = ByteBuffer.wrap(all);
            callbacks.run(() -> safely(() -> listener.onData(console, data)));
        }
        if (nacking && receivedBytes <= options.receiveBuffer() / 2) {
            // Resume: the same ACK without NACK; the BMC sends the rest of that packet again.
            nacking = false;
            link.send(new SolPacket(0, tracker.lastSequence(), tracker.lastAccepted(), levelBits, Octets.EMPTY));
        }
    }

    // ---------------------------------------------------------------- ownership probe and stolen detection

    private void scheduleProbe() {
        long base = options.probeInterval().toNanos();
        if (base == 0 || state != State.OPEN) {
            return;
        }
        long jitter = (long) (base * 0.2 * (ThreadLocalRandom.current().nextDouble() * 2 - 1));
        probeTimer = SolTimers.schedule(link, base + jitter, () -> {
            if (state != State.OPEN) {
                return;
            }
            if (probeCommandsUnsupported) {
                probeBySilence();
            } else if (!probing) {
                checkOwnership(SolEvent.Signal.OWNERSHIP_PROBE, VACANT_RECHECKS);
            }
            scheduleProbe();
        });
    }

    /**
     * Asks who owns the payload. Ours: carry on (after exhausted retries, start the packet's retries
     * over: the path was lossy, not stolen). Someone else's: stolen. Nobody's: look again a few
     * times for a thief still activating, then report the loss.
     */
    private void checkOwnership(SolEvent.Signal signal, int vacantChecksLeft) {
        probing = true;
        Ownership.holder(link, options.instance()).whenComplete((h, t) -> link.execute(() -> {
            probing = false;
            if (state != State.OPEN) {
                return;
            }
            if (t != null) {
                onProbeFailure(Ownership.unwrap(t), signal);
                return;
            }
            probeTimeouts = 0;
            if (!h.supported()) {
                probeCommandsUnsupported = true;
                if (signal == SolEvent.Signal.RETRIES_EXHAUSTED) {
                    checkSilence();
                } else {
                    probeBySilence();
                }
                return;
            }
            // "Active" without an owner's id: ours as far as the probe can tell, but not when our
            // packets go unanswered while the session answers (the silent BMC's steal).
            boolean ours = h.known() ? h.isSession(link.bmcSessionId())
                    : h.active() && signal != SolEvent.Signal.RETRIES_EXHAUSTED;
            if (ours) {
                boolean wasSuspended = suspended;
                suspended = false;
                if (inflight != null && (signal == SolEvent.Signal.RETRIES_EXHAUSTED || wasSuspended)) {
                    cancel(retryTimer);
                    inflight.attempts = 0;
                    transmit();
                }
                if (!h.known() && signal == SolEvent.Signal.OWNERSHIP_PROBE) {
                    probeBySilence(); // "active" cannot tell us from a thief: let SOL itself answer
                }
                return;
            }
            if (h.active()) {
                endStolen(signal, h.sessionId());
            } else if (vacantChecksLeft > 0) {
                stopSending();
                SolTimers.schedule(link, VACANT_RECHECK_NANOS, () -> {
                    if (state == State.OPEN) {
                        checkOwnership(signal, vacantChecksLeft - 1);
                    }
                });
            } else {
                endDeactivated();
            }
        }));
    }

    /**
     * Probes with SOL itself: the packet in flight, or else one without characters (never a
     * character: it would reach the host's serial port), then {@link SilenceCheck}. A BMC that has
     * not acknowledged an empty packet yet cannot be probed that way between writes.
     */
    private void probeBySilence() {
        if (inflight == null && bmcAcksEmptyPackets) {
            probePacketWanted = true;
            pump();
        }
        checkSilence();
    }

    /** Starts a {@link SilenceCheck} on the packet in flight; its retries pause meanwhile. */
    private void checkSilence() {
        if (silenceCheck != null || inflight == null || state != State.OPEN
                || (inflight.packet.data().length() == 0 && !bmcAcksEmptyPackets)) {
            return;
        }
        cancel(retryTimer);
        retryTimer = null;
        Inflight tested = inflight;
        silenceCheck = new SilenceCheck(link, () -> {
            tested.attempts++;
            link.send(tested.packet);
        }, new SilenceCheck.Verdict() {
            @Override
            public void silent() {
                silenceCheck = null;
                log.debug("SOL packet {} unacknowledged while the session answers", tested.packet.sequence());
                endStolen(SolEvent.Signal.RETRIES_EXHAUSTED);
            }

            @Override
            public void unanswered() {
                silenceCheck = null;
                if (state == State.OPEN && inflight == tested) {
                    tested.attempts = 0; // back to plain retries; a lost session ends the console on its own
                    transmit();
                }
            }
        });
        silenceCheck.start();
    }

    private void endSilenceCheck() {
        if (silenceCheck != null) {
            silenceCheck.cancel();
            silenceCheck = null;
        }
    }

    private void onProbeFailure(Throwable t, SolEvent.Signal signal) {
        if (t instanceof IpmiTimeoutException && ++probeTimeouts < PROBE_TIMEOUTS_FOR_LOSS
                && signal == SolEvent.Signal.OWNERSHIP_PROBE) {
            return; // one lost probe on a lossy path; the next decides
        }
        end(new SolEvent.SessionLost(Instant.now(), t), new SolClosedException("the IPMI session was lost: " + t));
    }

    /** First sign of a steal: send nothing more while we find out. */
    private void stopSending() {
        cancel(retryTimer);
        retryTimer = null;
        cancel(holdTimer);
        holdTimer = null;
        endSilenceCheck();
        suspended = true; // pump() stays quiet until the decision
    }

    private void endStolen(SolEvent.Signal signal) {
        if (suspended) {
            return; // already finding out (another deactivating packet, or a probe's re-check)
        }
        stopSending();
        Ownership.holder(link, options.instance()).whenComplete((h, t) -> link.execute(() -> {
            if (state != State.OPEN) {
                return;
            }
            if (t == null && h.known() && h.active() && h.sessionId() != link.bmcSessionId()) {
                endStolen(signal, h.sessionId());
            } else {
                endStolen(signal, 0);
            }
        }));
    }

    private void endStolen(SolEvent.Signal signal, int ownerSessionId) {
        Instant now = Instant.now();
        Instant until = CoolDowns.lost(link.bmcKey(), options.instance(), now.plus(options.coolDown()));
        SolClosedException closed = new SolClosedException("SOL console taken by another session ("
                + signal.name().toLowerCase() + ")");
        stop(closed);
        Ownership.describe(link, ownerSessionId).thenAccept(owner -> emitAndClose(new SolEvent.Stolen(now, signal,
                ownerSessionId == 0 ? null : owner, until)));
    }

    private void endDeactivated() {
        CoolDowns.lost(link.bmcKey(), options.instance(), Instant.now().plus(options.coolDown()));
        end(new SolEvent.Deactivated(Instant.now(), "the BMC no longer reports the payload active and nobody else holds it"),
                new SolClosedException("SOL payload deactivated"));
    }

    private void end(SolEvent event, SolClosedException failure) {
        if (state != State.OPEN) {
            return;
        }
        stop(failure);
        emitAndClose(event);
    }

    private void emitAndClose(SolEvent event) {
        emit(event);
        console.ended();
    }

    // ---------------------------------------------------------------- listener

    private void emit(SolEvent e) {
        log.debug("SOL event {}", e);
        callbacks.run(() -> safely(() -> listener.onEvent(console, e)));
    }

    private void safely(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException | Error e) {
            log.warn("SOL listener threw", e);
            try {
                listener.onError(console, e);
            } catch (RuntimeException ignored) {
                // nothing more we can do for a listener that fails its error callback
            }
        }
    }
}
