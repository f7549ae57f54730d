package dev.ipmi.benchmarks.load;

import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.lan.DropReason;
import dev.ipmi.lan.IpmiEventListener;
import dev.ipmi.lan.IpmiSession;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts the events that explain latency outliers: retransmissions, dropped datagrams, lost sessions. */
final class EventCounter implements IpmiEventListener {
    final LongAdder retransmitted = new LongAdder();
    final LongAdder dropped = new LongAdder();
    final LongAdder lost = new LongAdder();
    final LongAdder keepalives = new LongAdder();
    final Map<String, Integer> reasons = new ConcurrentSkipListMap<>();

    @Override
    public void requestRetransmitted(IpmiSession session, CommandSpec command, int attempt) {
        retransmitted.increment();
    }

    @Override
    public void datagramDropped(InetSocketAddress from, DropReason reason, String detail) {
        dropped.increment();
        reasons.merge(reason.toString(), 1, Integer::sum);
    }

    @Override
    public void sessionLost(IpmiSession session, Throwable cause) {
        lost.increment();
    }

    @Override
    public void keepaliveSent(IpmiSession session) {
        keepalives.increment();
    }

    @Override
    public String toString() {
        return "retransmissions " + retransmitted.sum() + ", datagrams dropped " + dropped.sum() + ", sessions lost "
                + lost.sum() + ", keepalives " + keepalives.sum() + (reasons.isEmpty() ? "" : ", drops by reason " + reasons);
    }
}
