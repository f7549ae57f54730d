package dev.ipmi.sol;

import dev.ipmi.core.IpmiException;

/** Another session holds the SOL payload and the policy said not to take it (or taking it failed). */
public class SolInUseException extends IpmiException {
    private static final long serialVersionUID = 1L;
    private final transient SolOwner owner;

    public SolInUseException(String message, SolOwner owner) {
        super(message + (owner != null ? " (owner: " + owner + ")" : ""));
        this.owner = owner;
    }

    /** What the BMC told about the current owner; {@code null} when it told nothing. */
    public SolOwner owner() {
        return owner;
    }
}
