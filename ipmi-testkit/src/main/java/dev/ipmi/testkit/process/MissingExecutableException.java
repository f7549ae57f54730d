package dev.ipmi.testkit.process;

import java.io.IOException;
import java.util.List;

/** A program the test peer needs is not installed. */
public final class MissingExecutableException extends IOException {
    private static final long serialVersionUID = 1L;

    private final List<String> names;

    public MissingExecutableException(List<String> names) {
        super("not installed: " + String.join(", ", names)
                + " (Debian: apt-get install openipmi ipmitool freeipmi-tools socat)");
        this.names = List.copyOf(names);
    }

    /** The missing programs. */
    public List<String> names() {
        return names;
    }
}
