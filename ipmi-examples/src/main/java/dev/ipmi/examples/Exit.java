package dev.ipmi.examples;

/** The exit statuses of the {@code ipmi} tool, the same for every command. */
final class Exit {
    static final int OK = 0;
    /** Anything else: the BMC did not answer, a command failed, an I/O error. */
    static final int FAILED = 1;
    /** Bad arguments, or the BMC refused the login (wrong password, user, privilege, suite). */
    static final int USAGE_OR_LOGIN = 2;
    /** A SOL console was taken over by another session. */
    static final int STOLEN = 3;
    /** The session stopped working (BMC reboot, idle timeout, closed by someone else). */
    static final int SESSION_LOST = 4;
    /** A SOL console is held by another session and {@code --force} was not given. */
    static final int IN_USE = 5;

    private Exit() {}
}
