package dev.ipmi.sol;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/** Runs one console's listener calls in order, never two at once, on a shared executor. */
final class Callbacks {
    private final Executor executor;
    private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean();

    Callbacks(Executor executor) {
        this.executor = executor;
    }

    void run(Runnable call) {
        queue.add(call);
        if (running.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        try {
            for (Runnable r; (r = queue.poll()) != null; ) {
                r.run();
            }
        } finally {
            running.set(false);
            if (!queue.isEmpty() && running.compareAndSet(false, true)) {
                executor.execute(this::drain);
            }
        }
    }
}
