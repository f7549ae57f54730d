package dev.ipmi.lan.internal;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.command.app.GetDeviceId;
import dev.ipmi.core.command.session.CloseSession;
import dev.ipmi.core.crypto.CipherSuite;
import dev.ipmi.core.session.InboundPacket;
import dev.ipmi.core.session.Rejection;
import dev.ipmi.core.session.SequenceWindow;
import dev.ipmi.core.wire.AuthType;
import dev.ipmi.core.wire.IpmiLanResponseView;
import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.BridgeTarget;
import dev.ipmi.lan.DropReason;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.lan.IpmiVersion;
import dev.ipmi.lan.RawResponse;
import dev.ipmi.lan.RetryPolicy;
import dev.ipmi.lan.SessionLostException;
import dev.ipmi.lan.SessionOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * An established session (IPMI 2.0 or 1.5): outbound sequence numbers, the inbound window and
 * checks in the design's order, keepalive, loss detection and close. Public methods may be
 * called from any thread; everything else runs on the selector thread.
 */
public final class LanSession extends RequestPipe implements IpmiSession {
    private enum State { ACTIVATING, OPEN, CLOSING, CLOSED, LOST }

    private final Peer peer;
    private final SessionOptions options;
    private final IpmiVersion version;
    private final CipherSuite suite;
    private final AuthType authType;
    private final int consoleSessionId;
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    /** Completes, on the selector thread, with why the session ended (lost or closed). */
    private final CompletableFuture<Exception> ended = new CompletableFuture<>();
    private final Runnable wipeKeys;
    /** RMCP+ with an integrity algorithm: every accepted datagram carried a verified auth code. */
    private final boolean integrityProtected;

    private volatile State state;
    private volatile int bmcSessionId;
    private volatile PrivilegeLevel privilege;
    private SessionFraming framing;
    private SequenceWindow window;
    /** Next outbound session sequence number; 0 is never used in a session. */
    private int outSeq;
    /** IPMI 1.5 Activate Session goes out with sequence 0 and the temporary session id. */
    private boolean fixedZeroSequence;
    private long lastOutboundNanos;
    private volatile long lastInboundNanos;
    private Timer keepaliveTimer;
    private Consumer<ByteBuffer> solHandler;
    /** Requests whose attempts ran out while a liveness verification decides what they failed of. */
    private final java.util.List<PendingRequest> awaitingVerdict = new java.util.ArrayList<>(0);
    private boolean verifying;
    /** In-session probes, 300 ms apart, before a silent session counts as lost (0.51^6 < 2% under 30% loss each way). */
    private static final int LIVENESS_PROBES = 6;

    LanSession(ClientEngine engine, Peer peer, SessionOptions options, RetryPolicy retry, int window,
            CipherSuite suite, AuthType authType, int consoleSessionId, int bmcSessionId, SessionFraming framing,
            int firstOutboundSequence, Runnable wipeKeys) {
        super(engine, window, retry);
        this.peer = peer;
        this.options = options;
        this.version = suite != null ? IpmiVersion.V2_0 : IpmiVersion.V1_5;
        this.suite = suite;
        this.authType = authType;
        this.consoleSessionId = consoleSessionId;
        this.bmcSessionId = bmcSessionId;
        this.framing = framing;
        this.window = framing.newWindow();
        this.outSeq = firstOutboundSequence;
        this.wipeKeys = wipeKeys;
        this.integrityProtected = suite != null && suite.integrity() != dev.ipmi.core.crypto.IntegrityAlgorithm.NONE;
        this.state = State.OPEN;
        this.lastInboundNanos = System.nanoTime();
    }

    /** IPMI 1.5: the session is still being activated with the temporary id and sequence 0. */
    void markActivating() {
        state = State.ACTIVATING;
        fixedZeroSequence = true;
    }

    /** IPMI 1.5: Activate Session succeeded; switch to the real session id and sequence numbers. */
    void activated(int realSessionId, SessionFraming realFraming, int firstOutboundSequence) {
        this.bmcSessionId = realSessionId;
        this.framing = realFraming;
        this.window = realFraming.newWindow();
        this.outSeq = firstOutboundSequence == 0 ? 1 : firstOutboundSequence;
        this.fixedZeroSequence = false;
        this.state = State.OPEN;
    }

    void privilegeSet(PrivilegeLevel level) {
        this.privilege = level;
    }

    Peer peer() {
        return peer;
    }

    // ---------------------------------------------------------------- outbound

    @Override
    void sendMessage(ByteBuffer message) {
        sendPayload(0x00, message);
    }

    /** Frames and sends one payload (IPMI message 00h, SOL 01h). Selector thread. */
    void sendPayload(int payloadType, ByteBuffer payload) {
        int seq;
        if (fixedZeroSequence) {
            seq = 0;
        } else {
            seq = outSeq;
            if (seq == 0) {
                // 2^32 - 1 packets: never wrap silently into numbers the BMC has seen.
                lose(new SessionLostException("session sequence numbers exhausted; open a new session"));
                return;
            }
            outSeq++;
        }
        ByteBuffer out = engine.datagramBuffer();
        framing.encode(payloadType, seq, payload, out);
        out.flip();
        engine.transport.send(peer.address, out);
        lastOutboundNanos = System.nanoTime();
    }

    @Override
    String describe() {
        return "BMC " + peer.bmc;
    }

    @Override
    void onRetransmit(PendingRequest p) {
        engine.probeLiveness(peer);
    }

    /**
     * A request got no answer at all. If the BMC answered outside the session meanwhile but sent
     * nothing inside it, it may have forgotten the session (reboot, idle timeout) — or the network
     * is just lossy. Before calling the session lost, verify with a few quick in-session probes;
     * the request waits for the verdict (its own deadline still applies).
     */
    @Override
    void onExhausted(PendingRequest p) {
        boolean suspicious = state == State.OPEN && peer.lastSessionlessAnswerNanos - p.startNanos > 0
                && lastInboundNanos - p.startNanos < 0;
        if (!suspicious) {
            super.onExhausted(p);
            return;
        }
        awaitingVerdict.add(p);
        releaseSlot(p); // nothing more will be sent for it: let queued requests use the window
        if (verifying) {
            return;
        }
        verifying = true;
        long probeStart = System.nanoTime();
        // As quick as the session's own attempts (at most 300 ms each), so the verdict normally
        // lands inside the waiting request's deadline.
        Duration each = retry.attemptTimeout().compareTo(Duration.ofMillis(300)) < 0 ? retry.attemptTimeout()
                : Duration.ofMillis(300);
        RetryPolicy quick = retry.withAttempts(LIVENESS_PROBES).withAttemptTimeout(each).withBackoff(1.0, each)
                .withDeadline(each.multipliedBy(LIVENESS_PROBES).plusMillis(100));
        PendingRequest probe = PendingRequest.typed(new GetDeviceId(), quick, true);
        probe.future.whenComplete((v, t) -> {
            verifying = false;
            boolean alive = t == null || lastInboundNanos - probeStart > 0;
            if (alive) {
                for (PendingRequest w : awaitingVerdict) {
                    finish(w, null, timeoutFailure(w));
                }
                awaitingVerdict.clear();
            } else {
                SessionLostException lost = new SessionLostException("BMC " + peer.bmc + " answers outside the"
                        + " session but no longer knows session " + String.format("0x%08x", bmcSessionId));
                lose(lost); // marks the session first, so callers see isOpen() == false
                for (PendingRequest w : awaitingVerdict) {
                    finish(w, null, lost);
                }
                awaitingVerdict.clear();
            }
        });
        submit(probe);
    }

    // ---------------------------------------------------------------- inbound

    /** A datagram addressed to this session; the inbound order of DESIGN.md. Selector thread. */
    void onDatagram(InetSocketAddress from, ByteBuffer datagram) {
        if (!from.equals(peer.address)) {
            engine.dropped(from, DropReason.UNKNOWN_SESSION, "session datagram from another address");
            return;
        }
        InboundPacket inbound = engine.inboundPacket();
        try {
            framing.parse(datagram, inbound);
        } catch (MalformedPacketException e) {
            engine.dropped(from, DropReason.MALFORMED, e.getMessage());
            return;
        }
        boolean activationReply = state == State.ACTIVATING;
        if (!activationReply && !window.check(inbound.sequence)
                && !(integrityProtected && window.isFarAhead(inbound.sequence))) {
            // Far ahead is let through to the integrity check when there is one: after a burst of
            // lost datagrams (a busy SOL console) it is the only way back into the window.
            engine.dropped(from, DropReason.OUT_OF_WINDOW, "sequence " + Integer.toUnsignedString(inbound.sequence));
            return;
        }
        Rejection r = framing.verify(datagram, inbound);
        if (r != Rejection.NONE) {
            engine.dropped(from, r == Rejection.SECURITY_DOWNGRADE ? DropReason.SECURITY_DOWNGRADE
                    : DropReason.BAD_AUTH_CODE, "session " + String.format("0x%08x", bmcSessionId));
            return;
        }
        ByteBuffer plain = engine.plaintextBuffer();
        try {
            framing.open(datagram, inbound, plain);
        } catch (MalformedPacketException e) {
            engine.dropped(from, DropReason.DECRYPT_FAILED, e.getMessage());
            return;
        }
        plain.flip();
        if (!activationReply) {
            window.accept(inbound.sequence);
        }
        lastInboundNanos = System.nanoTime();
        switch (inbound.payloadType) {
            case 0x00 -> onIpmiMessage(from, plain);
            case 0x01 -> {
                if (solHandler != null) {
                    solHandler.accept(plain);
                } else {
                    engine.dropped(from, DropReason.UNEXPECTED_TYPE, "SOL payload with no console attached");
                }
            }
            default -> engine.dropped(from, DropReason.UNEXPECTED_TYPE,
                    String.format("payload type %02xh", inbound.payloadType));
        }
    }

    private void onIpmiMessage(InetSocketAddress from, ByteBuffer message) {
        IpmiLanResponseView view = engine.responseView();
        try {
            view.wrap(message);
        } catch (MalformedPacketException e) {
            engine.dropped(from, DropReason.MALFORMED, e.getMessage());
            return;
        }
        onResponse(view, message, from);
    }

    // ---------------------------------------------------------------- keepalive and loss

    /** Starts the keepalive timer once the session is usable. */
    void startKeepalive() {
        Duration every = options.keepaliveInterval();
        if (every.isZero()) {
            return;
        }
        long nanos = every.toNanos();
        keepaliveTimer = engine.transport.schedule(nanos, () -> keepalive(nanos));
    }

    private void keepalive(long intervalNanos) {
        if (state != State.OPEN) {
            return;
        }
        long idle = System.nanoTime() - lastOutboundNanos;
        if (idle >= intervalNanos && table.outstanding() == 0) {
            PendingRequest p = PendingRequest.typed(new GetDeviceId(), retry, true);
            p.future.whenComplete((v, t) -> {
                if (t != null && !(t instanceof SessionLostException)) {
                    // A dead keepalive with the BMC unreachable or confused: the session is gone for our purposes.
                    engine.transport.execute(() -> lose(new SessionLostException(
                            "keepalive to BMC " + peer.bmc + " failed: " + t.getMessage(), t)));
                }
            });
            submit(p);
            engine.keepaliveSent(this);
            idle = 0;
        }
        keepaliveTimer = engine.transport.schedule(intervalNanos - idle, () -> keepalive(intervalNanos));
    }

    /** The session is gone: fail everything, tell the listener, forget it. Selector thread. */
    void lose(SessionLostException cause) {
        if (state == State.CLOSED || state == State.LOST) {
            return;
        }
        state = State.LOST;
        release(cause);
        engine.sessionLost(this, cause);
    }

    /** Drops a session that never became usable (failed activation or privilege change); no events. */
    void abandon() {
        if (state == State.CLOSED || state == State.LOST) {
            return;
        }
        state = State.CLOSED;
        release(new SessionLostException("session establishment failed"));
    }

    private void release(Exception pendingFailure) {
        ended.complete(pendingFailure);
        if (keepaliveTimer != null) {
            keepaliveTimer.cancel();
        }
        failAll(pendingFailure);
        engine.unregister(this);
        wipeKeys.run();
        if (solHandler != null) {
            solHandler = null;
        }
        engine.complete(closed, null);
    }

    // ---------------------------------------------------------------- SOL hook

    /** Routes inbound SOL payloads (type 01h) to {@code handler} on the selector thread; {@code null} detaches. */
    public void setSolHandler(Consumer<ByteBuffer> handler) {
        engine.transport.execute(() -> this.solHandler = handler);
    }

    /**
     * Sends one SOL payload (position..limit, consumed); from any thread. On the selector thread
     * (where a console sends its ACKs and data) it is framed and sent at once, so the caller may
     * reuse the buffer when this returns; from another thread it is copied now and sent from the
     * selector thread.
     */
    public void sendSol(ByteBuffer payload) {
        if (engine.transport.inLoop()) {
            if (state == State.OPEN) {
                sendPayload(0x01, payload);
            }
            return;
        }
        ByteBuffer copy = ByteBuffer.allocate(payload.remaining());
        copy.put(payload).flip();
        engine.transport.execute(() -> {
            if (state == State.OPEN) {
                sendPayload(0x01, copy);
            }
        });
    }

    /**
     * Completes when the session ends — lost ({@link SessionLostException}) or closed — with the
     * reason; dependent actions run on the selector thread, so they must be quick. Lets a SOL
     * console report a lost session at once rather than at its next probe.
     */
    public CompletableFuture<Exception> endedFuture() {
        return ended;
    }

    /** Whether the caller is the client's selector thread. */
    public boolean onSelectorThread() {
        return engine.transport.inLoop();
    }

    /**
     * The client's scratch buffer for encoding one outgoing payload (cleared, room for the largest
     * datagram); valid until the next send. Selector thread only.
     */
    public ByteBuffer payloadScratch() {
        if (!engine.transport.inLoop()) {
            throw new IllegalStateException("the payload scratch buffer belongs to the selector thread");
        }
        return engine.messageBuffer();
    }

    /** Runs {@code task} on the client's selector thread. */
    public void runOnSelector(Runnable task) {
        engine.transport.execute(task);
    }

    // ---------------------------------------------------------------- public API

    @Override
    public BmcAddress bmc() {
        return peer.bmc;
    }

    @Override
    public IpmiVersion version() {
        return version;
    }

    @Override
    public CipherSuite cipherSuite() {
        return suite;
    }

    @Override
    public AuthType authType() {
        return authType;
    }

    @Override
    public PrivilegeLevel privilege() {
        return privilege;
    }

    @Override
    public int bmcSessionId() {
        return bmcSessionId;
    }

    @Override
    public int consoleSessionId() {
        return consoleSessionId;
    }

    @Override
    public boolean isOpen() {
        return state == State.OPEN;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> CompletableFuture<R> send(IpmiRequest<R> request) {
        Objects.requireNonNull(request, "request");
        PendingRequest p = PendingRequest.typed(request, retry, false);
        enqueue(p);
        return (CompletableFuture<R>) (CompletableFuture<?>) p.future;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> CompletableFuture<R> send(IpmiRequest<R> request, BridgeTarget target) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(target, "target");
        PendingRequest p = PendingRequest.typed(request, retry, false);
        p.bridge = target;
        enqueue(p);
        return (CompletableFuture<R>) (CompletableFuture<?>) p.future;
    }

    /** Sends during activation (Set Session Privilege Level), before the session counts as open. */
    @SuppressWarnings("unchecked")
    <R> CompletableFuture<R> sendInternal(IpmiRequest<R> request, RetryPolicy policy) {
        PendingRequest p = PendingRequest.typed(request, policy, true);
        submit(p);
        return (CompletableFuture<R>) (CompletableFuture<?>) p.future;
    }

    @Override
    public <R> R sendBlocking(IpmiRequest<R> request) throws IOException {
        return ClientEngine.await(send(request));
    }

    @Override
    public CompletableFuture<RawResponse> sendRaw(NetFn netFn, int command, byte[] data) {
        Objects.requireNonNull(netFn, "netFn");
        Objects.requireNonNull(data, "data");
        if (command < 0 || command > 0xFF) {
            throw new IllegalArgumentException("command is one byte: " + command);
        }
        PendingRequest p = PendingRequest.raw(netFn, command, data, retry);
        enqueue(p);
        @SuppressWarnings("unchecked")
        CompletableFuture<RawResponse> f = (CompletableFuture<RawResponse>) (CompletableFuture<?>) p.future;
        return f;
    }

    @Override
    public RawResponse sendRawBlocking(NetFn netFn, int command, byte[] data) throws IOException {
        return ClientEngine.await(sendRaw(netFn, command, data));
    }

    private void enqueue(PendingRequest p) {
        engine.transport.execute(() -> {
            if (state != State.OPEN) {
                engine.fail(p.future, new SessionLostException("session " + String.format("0x%08x", bmcSessionId)
                        + " with BMC " + peer.bmc + " is " + state.name().toLowerCase()));
                return;
            }
            submit(p);
        });
    }

    @Override
    public CompletableFuture<Void> closeAsync() {
        engine.transport.execute(this::beginClose);
        return closed;
    }

    /** Close Session with a short deadline, then release everything. Selector thread. */
    void beginClose() {
        if (state != State.OPEN && state != State.ACTIVATING) {
            if (state != State.CLOSING) {
                engine.complete(closed, null);
            }
            return;
        }
        state = State.CLOSING;
        RetryPolicy quick = retry.withAttempts(3).withAttemptTimeout(Duration.ofMillis(300))
                .withSideEffectAttemptTimeout(Duration.ofMillis(300)).withDeadline(Duration.ofSeconds(1));
        PendingRequest p = PendingRequest.typed(CloseSession.byId(bmcSessionId), quick, true);
        p.future.whenComplete((v, t) -> engine.transport.execute(this::finishClose));
        submit(p);
    }

    private void finishClose() {
        if (state != State.CLOSING) {
            return;
        }
        state = State.CLOSED;
        release(new SessionLostException("session closed"));
        engine.sessionClosed(this);
    }

    @Override
    public void close() {
        try {
            closeAsync().get(3, TimeUnit.SECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // Close is best effort and bounded; the BMC times the session out if it never heard us.
        }
    }

    @Override
    public String toString() {
        return "IpmiSession[" + peer.bmc + ", " + (suite != null ? "suite " + suite.id() : "IPMI 1.5 " + authType)
                + ", " + privilege + ", id " + String.format("0x%08x", bmcSessionId) + ", " + state.name().toLowerCase() + "]";
    }
}
