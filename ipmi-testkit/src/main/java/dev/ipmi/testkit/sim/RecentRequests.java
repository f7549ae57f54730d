package dev.ipmi.testkit.sim;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Duplicate request detection of one session (IPMI v2.0 section 6.12.10 / IPMB v1.0 section
 * 5.9): a request whose rqSeq, network function, command and data equal one answered in the
 * last few seconds is a retransmission — its answer is sent again and the command is not run
 * a second time. This is what lets a console retransmit a side-effect command safely.
 * A handful of entries per session bounds the memory.
 */
final class RecentRequests {
    private static final int SIZE = 8;
    private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(5);

    private record Entry(int rqSeq, int netFnCommand, byte[] data, Reply reply, long atNanos) {}

    private final Entry[] entries = new Entry[SIZE];
    private int next;

    /** The answer already given to this request, or {@code null} when it is new. */
    Reply find(int rqSeq, int netFnCommand, byte[] data, long nowNanos) {
        for (Entry e : entries) {
            if (e != null && e.rqSeq == rqSeq && e.netFnCommand == netFnCommand && nowNanos - e.atNanos < WINDOW_NANOS
                    && Arrays.equals(e.data, data)) {
                return e.reply;
            }
        }
        return null;
    }

    void remember(int rqSeq, int netFnCommand, byte[] data, Reply reply, long nowNanos) {
        entries[next] = new Entry(rqSeq, netFnCommand, data.clone(), reply, nowNanos);
        next = (next + 1) % SIZE;
    }
}
