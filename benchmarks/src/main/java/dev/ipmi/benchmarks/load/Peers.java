package dev.ipmi.benchmarks.load;

import dev.ipmi.testkit.process.CommandResult;
import dev.ipmi.testkit.process.Executables;
import java.io.IOException;
import java.util.Optional;

/** The command-line tools users shell out to today, timed one process per operation. */
final class Peers {
    private Peers() {}

    /** Whether {@code program} is on the PATH; prints a note when it is not. */
    static boolean available(String program) {
        Optional<?> p = Executables.find(program);
        if (p.isEmpty()) {
            System.out.println("  (" + program + " not installed: skipped)");
        }
        return p.isPresent();
    }

    /** Runs {@code n} processes one after another; each must succeed and print {@code expect}. */
    static Samples time(int n, String expect, ProcessRun run) throws IOException {
        Samples s = new Samples(n);
        for (int i = 0; i < n; i++) {
            CommandResult r = run.run();
            if (!r.succeeded() || !r.stdout().contains(expect)) {
                throw new IOException("peer run " + i + " wrong (want '" + expect + "'): " + r);
            }
            s.add(r.elapsed().toNanos());
        }
        return s;
    }

    /** One process run. */
    @FunctionalInterface
    interface ProcessRun {
        CommandResult run() throws IOException;
    }

    /** {@code ours} is how many times faster than {@code peer}, by median. */
    static String ratio(Samples peer, Samples ours) {
        return String.format("%.1fx", (double) peer.median() / ours.median());
    }
}
