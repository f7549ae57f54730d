package dev.ipmi.testkit.process;

import java.time.Duration;
import java.util.List;

/**
 * What a finished (or timed-out and killed) program left behind.
 *
 * @param command the command line, with password arguments replaced by {@code ****}
 * @param exitCode the exit status; for a program killed after its timeout, whatever the kill
 *     produced
 * @param stdout standard output (UTF-8, malformed bytes replaced)
 * @param stderr standard error
 * @param timedOut whether the program was killed because it outlived its timeout
 * @param elapsed wall-clock time from start to exit
 */
public record CommandResult(
        List<String> command, int exitCode, String stdout, String stderr, boolean timedOut, Duration elapsed) {

    public CommandResult {
        command = List.copyOf(command);
    }

    /** Exit status 0 within the timeout. */
    public boolean succeeded() {
        return exitCode == 0 && !timedOut;
    }

    /** Standard output followed by standard error, for matching messages that may go to either. */
    public String output() {
        return stdout + stderr;
    }

    /** A multi-line report for assertion messages. */
    @Override
    public String toString() {
        return String.join(" ", command)
                + (timedOut ? " TIMED OUT after " : " exited " + exitCode + " after ")
                + elapsed.toMillis() + " ms\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
    }
}
