package dev.ipmi.lan.internal;

/**
 * A deadline on the selector thread. Cancelling is O(1) (a flag); cancelled timers are
 * discarded when they reach the head of the queue.
 */
public final class Timer implements Comparable<Timer> {
    final long deadlineNanos;
    final long order;
    final Runnable action;
    boolean cancelled;

    Timer(long deadlineNanos, long order, Runnable action) {
        this.deadlineNanos = deadlineNanos;
        this.order = order;
        this.action = action;
    }

    /** Stops the action from running; harmless after it ran. Selector thread only. */
    public void cancel() {
        cancelled = true;
    }

    @Override
    public int compareTo(Timer o) {
        int c = Long.compare(deadlineNanos - o.deadlineNanos, 0);
        return c != 0 ? c : Long.compare(order, o.order);
    }
}
