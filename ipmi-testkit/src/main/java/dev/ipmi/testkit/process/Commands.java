package dev.ipmi.testkit.process;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program to completion with a deadline. Output goes to temporary files rather than
 * pipes so that no reader threads are needed and a chatty program can never block on a full
 * pipe.
 */
public final class Commands {
    /** Options whose next argument is a password or key (ipmitool and FreeIPMI spellings). */
    private static final Set<String> SECRET_OPTIONS = Set.of("-P", "-k", "-y", "--password", "--k-g");

    private static final Duration KILL_GRACE = Duration.ofSeconds(2);

    private Commands() {}

    /** Runs {@code argv} with no input. */
    public static CommandResult run(Duration timeout, List<String> argv) throws IOException {
        return run(timeout, argv, Map.of(), new byte[0]);
    }

    /**
     * Runs {@code argv} with extra environment variables and {@code stdin} as its whole input
     * (then end of file). A program still running at {@code timeout} gets SIGTERM, then SIGKILL.
     */
    public static CommandResult run(Duration timeout, List<String> argv, Map<String, String> environment,
            byte[] stdin) throws IOException {
        Path out = Files.createTempFile("ipmi-testkit-", ".out");
        Path err = Files.createTempFile("ipmi-testkit-", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(argv)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            pb.environment().putAll(environment);
            long start = System.nanoTime();
            Process p = pb.start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(stdin);
            } catch (IOException ignored) {
                // The program exited without reading its input; its exit status tells the story.
            }
            boolean timedOut = !waitFor(p, timeout);
            if (timedOut) {
                stop(p);
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            int exit = p.isAlive() ? -1 : p.exitValue();
            return new CommandResult(redact(argv), exit, read(out), read(err), timedOut, elapsed);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * Ends {@code p}: SIGTERM, then SIGKILL if it is still running after a short grace period.
     * Returns once the process is gone (or it could not be killed at all).
     */
    public static void stop(Process p) {
        p.destroy();
        if (!waitFor(p, KILL_GRACE)) {
            p.destroyForcibly();
            waitFor(p, KILL_GRACE);
        }
    }

    /** {@code argv} with the values of password options replaced by {@code ****}. */
    public static List<String> redact(List<String> argv) {
        List<String> shown = new ArrayList<>(argv.size());
        boolean secretNext = false;
        for (String a : argv) {
            if (secretNext) {
                shown.add("****");
                secretNext = false;
            } else if (SECRET_OPTIONS.contains(a)) {
                shown.add(a);
                secretNext = true;
            } else if (a.startsWith("--password=") || a.startsWith("--k-g=")) {
                shown.add(a.substring(0, a.indexOf('=') + 1) + "****");
            } else {
                shown.add(a);
            }
        }
        return shown;
    }

    private static boolean waitFor(Process p, Duration d) {
        try {
            return p.waitFor(d.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            return false;
        }
    }

    private static String read(Path f) throws IOException {
        return new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
    }
}
