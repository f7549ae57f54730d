package dev.ipmi.lan.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The requests of one session (or of one BMC's sessionless traffic) by IPMI request sequence
 * number (rqSeq, 6 bits): at most {@code window} outstanding at once, the rest queued in
 * arrival order. Numbers rotate through all 64 values so that a late answer to an earlier
 * request is unlikely to meet a new request with the same number; the command byte is checked
 * as well. Selector thread only.
 *
 * @param <T> the per-request state
 */
public final class RequestTable<T> {
    public static final int SEQ_SPACE = 64;

    /*
     * At most `window` requests are outstanding, so they live in `window` slots (4 by default),
     * each with its sequence number, instead of a 64-entry array indexed by number: that array
     * was 272 B of every idle session. `inUse` has bit n set while number n is taken, which
     * keeps the lookup of a number that is not in use (a stray or late answer) to one test.
     */
    private final Object[] requests;
    private final byte[] seqOf;
    private long inUse;
    /** Created when the window first overflows: most sessions never queue (an empty deque is 112 B). */
    private ArrayDeque<T> waiting;
    private final int window;
    private int outstanding;
    private int nextSeq;

    public RequestTable(int window) {
        if (window < 1 || window > SEQ_SPACE / 2) {
            throw new IllegalArgumentException("in-flight window must be 1.." + SEQ_SPACE / 2 + ": " + window);
        }
        this.window = window;
        this.requests = new Object[window];
        this.seqOf = new byte[window];
    }

    /**
     * Assigns a sequence number to {@code request} if the window has room and returns it; else
     * queues the request and returns -1. {@link #release} later hands queued requests out.
     */
    public int admit(T request) {
        if (outstanding >= window) {
            if (waiting == null) {
                waiting = new ArrayDeque<>();
            }
            waiting.add(request);
            return -1;
        }
        for (int slot = 0; slot < window; slot++) {
            if (requests[slot] == null) {
                requests[slot] = request;
                outstanding++;
                return number(slot);
            }
        }
        throw new IllegalStateException("no free slot with " + outstanding + " of " + window + " outstanding");
    }

    /** Gives {@code slot} the next free sequence number in rotation. */
    private int number(int slot) {
        for (int i = 0; i < SEQ_SPACE; i++) {
            int seq = nextSeq;
            nextSeq = (nextSeq + 1) % SEQ_SPACE;
            if ((inUse & 1L << seq) == 0) {
                inUse |= 1L << seq;
                seqOf[slot] = (byte) seq;
                return seq;
            }
        }
        throw new IllegalStateException("no free request sequence number"); // window <= 32 makes this unreachable
    }

    /** The slot holding the outstanding request with this number, or -1. */
    private int slotOf(int seq) {
        seq &= SEQ_SPACE - 1;
        if ((inUse & 1L << seq) == 0) {
            return -1;
        }
        for (int slot = 0; slot < window; slot++) {
            if (requests[slot] != null && seqOf[slot] == seq) {
                return slot;
            }
        }
        return -1;
    }

    /** Moves an outstanding request to a fresh sequence number (after a temporary completion code). */
    public int reassign(int oldSeq) {
        int slot = slotOf(oldSeq);
        if (slot < 0) {
            throw new IllegalStateException("no request at " + oldSeq);
        }
        inUse &= ~(1L << oldSeq);
        return number(slot);
    }

    /** The outstanding request with this number, or {@code null}. */
    @SuppressWarnings("unchecked")
    public T get(int seq) {
        int slot = slotOf(seq);
        return slot < 0 ? null : (T) requests[slot];
    }

    /**
     * Frees {@code seq}; if requests wait, the oldest is admitted and handed to {@code starter}
     * with its number set through {@code seqSetter}.
     */
    public void release(int seq, SeqConsumer<T> starter) {
        int slot = slotOf(seq);
        if (slot < 0) {
            return;
        }
        requests[slot] = null;
        inUse &= ~(1L << seq);
        outstanding--;
        T next = waiting == null ? null : waiting.poll();
        if (next != null) {
            requests[slot] = next;
            outstanding++;
            starter.start(next, number(slot));
        }
    }

    /** Removes a request that is still queued (cancelled before it was sent); true if it was there. */
    public boolean removeWaiting(T request) {
        return waiting != null && waiting.remove(request);
    }

    /** Removes everything, outstanding and queued, handing each to {@code sink}. */
    public void drain(Consumer<T> sink) {
        List<T> all = new ArrayList<>();
        for (int slot = 0; slot < window; slot++) {
            if (requests[slot] != null) {
                @SuppressWarnings("unchecked")
                T r = (T) requests[slot];
                all.add(r);
                requests[slot] = null;
            }
        }
        inUse = 0;
        outstanding = 0;
        if (waiting != null) {
            all.addAll(waiting);
            waiting.clear();
        }
        all.forEach(sink);
    }

    public int outstanding() {
        return outstanding;
    }

    public int queued() {
        return waiting == null ? 0 : waiting.size();
    }

    /** Starts a request that was just given a sequence number. */
    @FunctionalInterface
    public interface SeqConsumer<T> {
        void start(T request, int seq);
    }
}
