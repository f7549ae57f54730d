package dev.ipmi.lan.reliability;

import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.lan.IpmiEventListener;
import dev.ipmi.lan.IpmiSession;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the client's retransmissions. */
final class RetransmissionCounter implements IpmiEventListener {
    private final AtomicLong count = new AtomicLong();

    @Override
    public void requestRetransmitted(IpmiSession session, CommandSpec command, int attempt) {
        count.incrementAndGet();
    }

    long count() {
        return count.get();
    }
}
