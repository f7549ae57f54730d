package dev.ipmi.examples;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * The controlling terminal in raw mode (no line editing, no echo, no signals: Ctrl-C goes to the
 * host), through {@code stty} on {@code /dev/tty}. {@link #restore()} puts the saved settings
 * back; it runs on every exit path, including a shutdown hook for a killed JVM.
 */
final class Terminal {
    private final String saved;
    private final Thread hook;
    private boolean restored;

    private Terminal(String saved) {
        this.saved = saved;
        this.hook = new Thread(this::restore, "ipmi-terminal-restore");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Switches to raw mode; null when there is no terminal or stty failed (the console still works, cooked). */
    static Terminal raw() {
        try {
            String saved = stty("-g").strip();
            if (saved.isEmpty()) {
                return null;
            }
            stty("raw -echo");
            return new Terminal(saved);
        } catch (IOException e) {
            return null;
        }
    }

    synchronized void restore() {
        if (restored) {
            return;
        }
        restored = true;
        try {
            stty(saved);
        } catch (IOException e) {
            System.err.println("ipmi: could not restore the terminal (" + e.getMessage() + "); type: stty sane");
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is what called us
        }
    }

    private static String stty(String args) throws IOException {
        Process p = new ProcessBuilder("/bin/sh", "-c", "stty " + args + " < /dev/tty").redirectErrorStream(true).start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("stty " + args + ": " + out.strip());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
