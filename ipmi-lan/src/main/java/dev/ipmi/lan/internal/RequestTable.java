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

    private final Object[] slots = new Object[SEQ_SPACE];
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
        return assign(request);
    }

    private int assign(T request) {
        for (int i = 0; i < SEQ_SPACE; i++) {
            int seq = nextSeq;
            nextSeq = (nextSeq + 1) % SEQ_SPACE;
            if (slots[seq] == null) {
                slots[seq] = request;
                outstanding++;
                return seq;
            }
        }
        throw new IllegalStateException("no free request sequence number"); // window <= 32 makes this unreachable
    }

    /** Moves an outstanding request to a fresh sequence number (after a temporary completion code). */
    public int reassign(int oldSeq) {
        @SuppressWarnings("unchecked")
        T r = (T) slots[oldSeq];
        if (r == null) {
            throw new IllegalStateException("no request at " + oldSeq);
        }
        slots[oldSeq] = null;
        outstanding--;
        return assign(r);
    }

    /** The outstanding request with this number, or {@code null}. */
    @SuppressWarnings("unchecked")
    public T get(int seq) {
        return (T) slots[seq & (SEQ_SPACE - 1)];
    }

    /**
     * Frees {@code seq}; if requests wait, the oldest is admitted and handed to {@code starter}
     * with its number set through {@code seqSetter}.
     */
    public void release(int seq, SeqConsumer<T> starter) {
        if (slots[seq] == null) {
            return;
        }
        slots[seq] = null;
        outstanding--;
        T next = waiting == null ? null : waiting.poll();
        if (next != null) {
            starter.start(next, assign(next));
        }
    }

    /** Removes a request that is still queued (cancelled before it was sent); true if it was there. */
    public boolean removeWaiting(T request) {
        return waiting != null && waiting.remove(request);
    }

    /** Removes everything, outstanding and queued, handing each to {@code sink}. */
    public void drain(Consumer<T> sink) {
        List<T> all = new ArrayList<>();
        for (int i = 0; i < SEQ_SPACE; i++) {
            if (slots[i] != null) {
                @SuppressWarnings("unchecked")
                T r = (T) slots[i];
                all.add(r);
                slots[i] = null;
            }
        }
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
