package dev.ipmi.sol;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One daemon timer thread for every console in the JVM. It only hands tasks to the console's
 * loop, so a thousand consoles cost a thousand queue entries, not threads.
 */
final class SolTimers {
    private static final ScheduledThreadPoolExecutor TIMER = create();

    private SolTimers() {}

    private static ScheduledThreadPoolExecutor create() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread th = new Thread(r, "ipmi-sol-timer");
            th.setDaemon(true);
            return th;
        });
        t.setRemoveOnCancelPolicy(true);
        return t;
    }

    /** Runs {@code task} on {@code link}'s loop after {@code nanos}. */
    static ScheduledFuture<?> schedule(SolLink link, long nanos, Runnable task) {
        return TIMER.schedule(() -> link.execute(task), Math.max(0, nanos), TimeUnit.NANOSECONDS);
    }
}
