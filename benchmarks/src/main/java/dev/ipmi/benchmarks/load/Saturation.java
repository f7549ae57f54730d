package dev.ipmi.benchmarks.load;

import dev.ipmi.core.command.chassis.GetChassisStatus;
import dev.ipmi.lan.IpmiSession;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed loop of Get Chassis Status over many sessions: {@code inFlight} requests
 * outstanding at all times, each answer (checked) immediately replaced by a request on the
 * next session, for a fixed time. Latency is measured from send to completion on the
 * callback executor, which is what an application sees.
 */
final class Saturation {
    private final List<IpmiSession> sessions;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong wrong = new AtomicLong();
    private final Samples latency = new Samples(1 << 16);
    private volatile long endNanos;
    private CountDownLatch finished;

    Saturation(List<IpmiSession> sessions) {
        this.sessions = sessions;
    }

    /** Runs for {@code seconds}; returns the answers received. */
    long run(int inFlight, double seconds) throws InterruptedException {
        finished = new CountDownLatch(inFlight);
        endNanos = System.nanoTime() + (long) (seconds * 1e9);
        for (int i = 0; i < inFlight; i++) {
            fire();
        }
        if (!finished.await((long) seconds + 60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("requests still outstanding 60 s after the end");
        }
        return done.get();
    }

    private void fire() {
        long t = System.nanoTime();
        if (t - endNanos > 0) {
            finished.countDown();
            return;
        }
        IpmiSession s = sessions.get(Math.floorMod(next.getAndIncrement(), sessions.size()));
        s.send(new GetChassisStatus()).whenComplete((r, e) -> {
            if (e != null || !r.powerOn()) {
                wrong.incrementAndGet();
            } else {
                latency.add(System.nanoTime() - t);
                done.incrementAndGet();
            }
            fire();
        });
    }

    long wrong() {
        return wrong.get();
    }

    Samples latency() {
        return latency;
    }
}
