package dev.ipmi.examples;

/**
 * A failure already phrased for the operator: one line on stderr and an exit status. Thrown
 * anywhere in the tool; {@link Main} prints it without a stack trace (unless {@code -v}).
 */
final class CliException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;

    CliException(int status, String message) {
        super(message);
        this.status = status;
    }

    CliException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** Bad arguments: the message says what was wrong. */
    static CliException usage(String message) {
        return new CliException(Exit.USAGE_OR_LOGIN, message);
    }

    int status() {
        return status;
    }
}
