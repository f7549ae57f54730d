package dev.ipmi.testkit.sim;

import static java.nio.charset.StandardCharsets.US_ASCII;

import dev.ipmi.testkit.process.Commands;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * An interactive console client (ipmitool sol activate, ipmiconsole) run as a process: its
 * merged stdout/stderr is collected by a daemon thread so a test can wait for text, and
 * closing it kills the process, so a test never leaves one behind.
 */
final class ConsoleProcess implements AutoCloseable {
    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final Thread reader;

    ConsoleProcess(Process process) {
        this.process = process;
        reader = new Thread(this::collect, "console-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    private void collect() {
        byte[] buf = new byte[1024];
        try (InputStream in = process.getInputStream()) {
            for (int n; (n = in.read(buf)) > 0; ) {
                output.append(new String(buf, 0, n, US_ASCII));
            }
        } catch (IOException e) {
            // the process is gone; what was read stays in output
        }
    }

    /** Everything the process printed so far. */
    String output() {
        return output.toString();
    }

    /** Waits until the output contains {@code text}; true if it did in time. */
    boolean awaitOutput(String text, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!output.toString().contains(text)) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    /** Writes {@code text} to the process's stdin. */
    void type(String text) throws IOException {
        process.getOutputStream().write(text.getBytes(US_ASCII));
        process.getOutputStream().flush();
    }

    /** True if the process ended within {@code timeout}; its last output is then collected too. */
    boolean awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return false;
        }
        reader.join(2000);
        return true;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    /** Waits until the BMC's host side has read {@code text} typed by a console client. */
    static String awaitTyped(SolConsole sol, String text, Duration timeout) throws InterruptedException {
        StringBuilder typed = new StringBuilder();
        long end = System.nanoTime() + timeout.toNanos();
        while (!typed.toString().contains(text) && System.nanoTime() < end) {
            typed.append(sol.drainTyped());
            Thread.sleep(10);
        }
        return typed.toString();
    }

    @Override
    public void close() {
        Commands.stop(process);
    }
}
