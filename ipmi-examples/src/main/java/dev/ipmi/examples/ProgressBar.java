package dev.ipmi.examples;

import dev.ipmi.sdr.SdrProgressListener;
import java.io.PrintStream;

/** A one-line progress bar on stderr, redrawn in place; drawn only when a person is watching. */
final class ProgressBar implements SdrProgressListener {
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final String label;
    private final boolean enabled;
    private boolean drawn;

    ProgressBar(Context ctx, String label) {
        this(ctx.err, label, ctx.interactive && !ctx.json());
    }

    ProgressBar(PrintStream err, String label, boolean enabled) {
        this.err = err;
        this.label = label;
        this.enabled = enabled;
    }

    @Override
    public void progress(int done, int total) {
        if (!enabled || total <= 0) {
            return;
        }
        int filled = Math.min(WIDTH, done * WIDTH / total);
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
        err.flush();
        drawn = true;
    }

    /** Erases the bar so the output that follows starts on a clean line. */
    void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(label.length() + WIDTH + 16) + "\r");
            err.flush();
        }
    }
}
