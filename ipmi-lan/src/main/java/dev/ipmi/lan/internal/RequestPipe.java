package dev.ipmi.lan.internal;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CompletionCode;
import dev.ipmi.core.command.CompletionCodeException;
import dev.ipmi.core.command.Octets;
import dev.ipmi.core.command.app.SendMessage;
import dev.ipmi.core.wire.IpmiLanRequest;
import dev.ipmi.core.wire.IpmiLanResponseView;
import dev.ipmi.lan.BridgeTarget;
import dev.ipmi.lan.DropReason;
import dev.ipmi.lan.IpmiTimeoutException;
import dev.ipmi.lan.RetryPolicy;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;

/**
 * Request/response traffic over one path to a BMC — an established session, or sessionless
 * messages to one BMC: sequence numbers, the in-flight window, retransmission, temporary
 * completion codes and deadlines. Subclasses say how a message goes out. Selector thread only.
 */
abstract class RequestPipe {
    /** The BMC's address on the IPMB (responder) and ours (software id 81h, a remote console). */
    static final int BMC_ADDRESS = 0x20;
    static final int CONSOLE_ADDRESS = 0x81;

    final ClientEngine engine;
    final RequestTable<PendingRequest> table;
    /** The policy of requests that do not bring their own. */
    final RetryPolicy retry;

    /** {@link #start} as the table's starter, made once instead of once per released slot. */
    private final RequestTable.SeqConsumer<PendingRequest> starter = this::start;

    RequestPipe(ClientEngine engine, int window, RetryPolicy retry) {
        this.engine = engine;
        this.table = new RequestTable<>(window);
        this.retry = retry;
    }

    /** Sends one IPMI LAN message (position..limit) the way this path does. */
    abstract void sendMessage(ByteBuffer message);

    /** Who this path talks to, for messages. */
    abstract String describe();

    /** A first retransmission happened: the BMC may be gone, or may have forgotten the session. */
    void onRetransmit(PendingRequest p) {}

    /** Every attempt went unanswered; the request's deadline may not have passed yet. */
    void onExhausted(PendingRequest p) {
        finish(p, null, timeoutFailure(p));
    }

    /** The request got no answer in time; returns the exception to fail it with. */
    Exception timeoutFailure(PendingRequest p) {
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - p.startNanos);
        return new IpmiTimeoutException(describe() + " did not answer " + p.spec.name() + " within "
                + formatMillis(ms) + " (" + p.attempt + (p.attempt == 1 ? " try)" : " tries)"));
    }

    /**
     * Accepts a request; selector thread.
     *
     * <p>A request that is being sent needs no timer of its own for the deadline: each attempt's
     * timer fires at the deadline at the latest ({@link #transmit}). Only a request that waits
     * without an attempt timer (queued behind the window, a bridged request the BMC accepted, one
     * awaiting a liveness verdict) gets a deadline timer ({@link #awaitDeadline}). A deadline
     * timer per request would sit, cancelled, in the timer queue for the whole deadline (15 s by
     * default): 1.5 million of them at 100,000 requests/s.
     */
    void submit(PendingRequest p) {
        int seq = table.admit(p);
        if (seq >= 0) {
            start(p, seq);
        } else {
            awaitDeadline(p);
        }
    }

    /** Arms the deadline timer of a request that waits without an attempt timer; idempotent. */
    private void awaitDeadline(PendingRequest p) {
        if (p.deadlineTimer == null && !p.done) {
            long left = p.deadlineNanos - System.nanoTime();
            p.deadlineTimer = engine.transport.schedule(Math.max(0, left), () -> onDeadline(p));
        }
    }

    private void start(PendingRequest p, int seq) {
        if (p.deadlineTimer != null) { // it waited in the queue; the attempt timers take over
            p.deadlineTimer.cancel();
            p.deadlineTimer = null;
        }
        p.rqSeq = seq;
        p.attempt = 1;
        transmit(p);
        if (!p.internal) {
            engine.requestSent(this, p);
        }
    }

    private void transmit(PendingRequest p) {
        ByteBuffer m = engine.messageBuffer();
        if (p.bridge != null) {
            // The inner request names the BMC as requester and reuses our rqSeq, so that the
            // target's answer, which the BMC relays to us, matches this request.
            BridgeTarget t = p.bridge;
            Octets inner = SendMessage.ipmbRequest(t.slaveAddress(), p.spec.netFn(), t.lun(), BMC_ADDRESS, p.rqSeq, 0,
                    p.spec.command(), p.data);
            ByteBuffer outer = ByteBuffer.allocate(1 + inner.length());
            new SendMessage(SendMessage.Tracking.TRACK_REQUEST, false, false, t.channel(), inner).encodeData(outer);
            outer.flip();
            IpmiLanRequest.encode(m, BMC_ADDRESS, SendMessage.SPEC.netFn(), 0, CONSOLE_ADDRESS, p.rqSeq, 0,
                    SendMessage.SPEC.command(), outer);
        } else {
            IpmiLanRequest.encode(m, BMC_ADDRESS, p.spec.netFn(), 0, CONSOLE_ADDRESS, p.rqSeq, 0, p.spec.command(),
                    ByteBuffer.wrap(p.data));
        }
        m.flip();
        sendMessage(m);
        long wait = Math.min(p.policy.attemptTimeoutNanos(p.attempt, p.sideEffects()),
                Math.max(0, p.deadlineNanos - System.nanoTime()));
        p.attemptTimer = engine.transport.schedule(wait, () -> onAttemptTimeout(p));
    }

    private void onAttemptTimeout(PendingRequest p) {
        if (p.done) {
            return;
        }
        if (System.nanoTime() - p.deadlineNanos >= 0) {
            onDeadline(p);
            return;
        }
        if (p.attempt >= p.policy.attempts()) {
            onExhausted(p);
            return;
        }
        p.attempt++;
        // The same bytes with the same rqSeq: a BMC that executed the first copy recognises the duplicate.
        transmit(p);
        if (!p.internal) {
            engine.requestRetransmitted(this, p);
        }
        if (p.attempt == 2) {
            onRetransmit(p);
        }
    }

    private void onDeadline(PendingRequest p) {
        if (p.done) {
            return;
        }
        if (p.rqSeq < 0) {
            table.removeWaiting(p); // never left the queue
        }
        finish(p, null, timeoutFailure(p));
    }

    /** A validated IPMI response arrived on this path. */
    void onResponse(IpmiLanResponseView view, ByteBuffer message, java.net.InetSocketAddress from) {
        PendingRequest p = table.get(view.rqSeq());
        if (p != null && !p.done && p.bridge != null && view.answers(SendMessage.SPEC.netFn(), SendMessage.SPEC.command())) {
            onSendMessageResponse(p, view, message, from);
            return;
        }
        if (p == null || p.done || !view.answers(p.spec.netFn(), p.spec.command())) {
            engine.dropped(from, DropReason.NO_MATCHING_REQUEST, "no request waits for rqSeq " + view.rqSeq()
                    + " cmd " + view.command());
            return;
        }
        CompletionCode cc = view.completionCode();
        if (!cc.isNormal() && p.bridge == null && p.policy.retriesOn(cc, p.sideEffects()) && p.attempt < p.policy.attempts()
                && System.nanoTime() < p.deadlineNanos) {
            // Not executed / try later: re-issue after the back-off with a fresh rqSeq, so a BMC
            // that caches answers by rqSeq does not replay this one.
            p.attemptTimer.cancel();
            long wait = Math.min(p.policy.attemptTimeoutNanos(p.attempt, false), p.deadlineNanos - System.nanoTime());
            p.attempt++;
            p.attemptTimer = engine.transport.schedule(wait, () -> {
                if (System.nanoTime() - p.deadlineNanos >= 0) {
                    onDeadline(p);
                } else if (!p.done) {
                    p.rqSeq = table.reassign(p.rqSeq);
                    transmit(p);
                    if (!p.internal) {
                        engine.requestRetransmitted(this, p);
                    }
                }
            });
            return;
        }
        deliver(p, view, message);
    }

    /**
     * Decodes the response data in place: {@code message} is the engine's receive-side buffer,
     * read by nobody after this, so it is narrowed to the data instead of viewed.
     */
    private void deliver(PendingRequest p, IpmiLanResponseView view, ByteBuffer message) {
        CompletionCode cc = view.completionCode();
        message.limit(view.dataOffset() + view.dataLength()).position(view.dataOffset());
        if (!p.internal) {
            engine.responseReceived(this, p, cc);
        }
        try {
            finish(p, p.decode(cc, message), null);
        } catch (CompletionCodeException | MalformedPacketException e) {
            finish(p, null, e);
        } catch (RuntimeException e) {
            // A user-defined decoder threw something unchecked; fail that call, keep the loop alive.
            finish(p, null, new MalformedPacketException(p.spec.name() + ": response decoder failed: " + e));
        }
    }

    /**
     * The BMC's own answer to the Send Message carrying a bridged request: a failure, an
     * acceptance (the target's answer follows as its own message), or — on BMCs that answer
     * inline — the target's response embedded in the data.
     */
    private void onSendMessageResponse(PendingRequest p, IpmiLanResponseView view, ByteBuffer message,
            java.net.InetSocketAddress from) {
        CompletionCode cc = view.completionCode();
        if (!cc.isNormal()) {
            finish(p, null, new CompletionCodeException(SendMessage.SPEC, cc));
            return;
        }
        if (view.dataLength() == 0) {
            // Accepted: never send the side effect again; wait for the relayed answer until the deadline.
            p.bridgeAccepted = true;
            p.attemptTimer.cancel();
            awaitDeadline(p);
            return;
        }
        ByteBuffer embedded = message.duplicate();
        embedded.position(view.dataOffset()).limit(view.dataOffset() + view.dataLength());
        IpmiLanResponseView inner = new IpmiLanResponseView();
        try {
            inner.wrap(embedded);
        } catch (MalformedPacketException e) {
            finish(p, null, new MalformedPacketException("bridged response to " + p.spec.name() + ": " + e.getMessage()));
            return;
        }
        if (!inner.answers(p.spec.netFn(), p.spec.command())) {
            engine.dropped(from, DropReason.NO_MATCHING_REQUEST, "bridged response for another command");
            return;
        }
        deliver(p, inner, embedded);
    }

    /** Gives a request's window slot to the next queued request while the request itself waits on, up to its deadline. */
    void releaseSlot(PendingRequest p) {
        awaitDeadline(p);
        if (p.rqSeq >= 0) {
            int seq = p.rqSeq;
            p.rqSeq = -1;
            table.release(seq, starter);
        }
    }

    /** Completes a request and lets the next queued one go. */
    void finish(PendingRequest p, Object value, Exception failure) {
        if (p.done) {
            return;
        }
        p.done = true;
        if (p.attemptTimer != null) {
            p.attemptTimer.cancel();
        }
        if (p.deadlineTimer != null) {
            p.deadlineTimer.cancel();
        }
        if (p.rqSeq >= 0) {
            table.release(p.rqSeq, starter);
        }
        settle(p, value, failure);
    }

    /**
     * Completes the future: the library's own requests on this (selector) thread, because their
     * continuations touch loop state; the application's on the callback executor, so that user
     * code never runs here.
     */
    private void settle(PendingRequest p, Object value, Exception failure) {
        if (p.internal) {
            if (failure != null) {
                p.future.completeExceptionally(failure);
            } else {
                p.future.complete(value);
            }
        } else if (failure != null) {
            engine.fail(p.future, failure);
        } else {
            engine.complete(p.future, value);
        }
    }

    /** Fails every outstanding and queued request. */
    void failAll(Exception failure) {
        table.drain(p -> {
            if (!p.done) {
                p.done = true;
                if (p.attemptTimer != null) {
                    p.attemptTimer.cancel();
                }
                if (p.deadlineTimer != null) {
                    p.deadlineTimer.cancel();
                }
                settle(p, null, failure);
            }
        });
    }

    static String formatMillis(long ms) {
        return ms >= 1000 && ms % 1000 == 0 ? ms / 1000 + " s" : ms >= 1000 ? String.format("%.1f s", ms / 1000.0) : ms + " ms";
    }
}
