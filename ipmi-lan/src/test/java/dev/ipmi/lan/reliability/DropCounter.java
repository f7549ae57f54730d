package dev.ipmi.lan.reliability;

import dev.ipmi.lan.DropReason;
import dev.ipmi.lan.IpmiEventListener;
import java.net.InetSocketAddress;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the client's dropped datagrams by reason. */
final class DropCounter implements IpmiEventListener {
    private final Map<DropReason, AtomicLong> counts = new EnumMap<>(DropReason.class);

    DropCounter() {
        for (DropReason r : DropReason.values()) {
            counts.put(r, new AtomicLong());
        }
    }

    @Override
    public void datagramDropped(InetSocketAddress from, DropReason reason, String detail) {
        counts.get(reason).incrementAndGet();
    }

    long get(DropReason reason) {
        return counts.get(reason).get();
    }

    long total() {
        return counts.values().stream().mapToLong(AtomicLong::get).sum();
    }

    @Override
    public String toString() {
        return counts.toString();
    }
}
