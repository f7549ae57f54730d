package dev.ipmi.core.command;

/**
 * What the catalogue knows about one command: where it lives, who may run it and whether it
 * changes state.
 *
 * @param name        the spec's name, e.g. "Get Device ID"
 * @param netFn       request network function
 * @param command     command byte
 * @param privilege   minimum session privilege the spec requires
 * @param sideEffects true when running it twice is not the same as once (Chassis Control, any
 *                    Set, Clear, Add...): such requests get a longer timeout and are only ever
 *                    retransmitted unchanged, never re-issued with a new sequence number
 */
public record CommandSpec(String name, NetFn netFn, int command, PrivilegeLevel privilege, boolean sideEffects) {
    public CommandSpec {
        if (command < 0 || command > 0xFF) {
            throw new IllegalArgumentException("command is one byte: " + command);
        }
    }

    /** A read-only command. */
    public static CommandSpec query(String name, NetFn netFn, int command, PrivilegeLevel privilege) {
        return new CommandSpec(name, netFn, command, privilege, false);
    }

    /** A command that changes state on the BMC or the host. */
    public static CommandSpec action(String name, NetFn netFn, int command, PrivilegeLevel privilege) {
        return new CommandSpec(name, netFn, command, privilege, true);
    }

    @Override
    public String toString() {
        return String.format("%s (%s 0x%02x)", name, netFn, command);
    }
}
