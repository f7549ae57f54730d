package dev.ipmi.sol;

import dev.ipmi.core.IpmiException;

/** The console is closed, stolen or lost: pending and later writes fail with this. */
public class SolClosedException extends IpmiException {
    private static final long serialVersionUID = 1L;

    public SolClosedException(String message) {
        super(message);
    }
}
