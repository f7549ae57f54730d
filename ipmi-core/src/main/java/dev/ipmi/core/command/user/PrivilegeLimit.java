package dev.ipmi.core.command.user;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.PrivilegeLevel;

/**
 * A user's privilege limit on a channel (IPMI v2.0 section 22.26): a level, or no access (0Fh).
 * {@link #UNSPECIFIED} is the reserved code 0, which BMCs report for user IDs nobody configured
 * (ipmi_sim answers {@code 3f 04 00 00} for user 1).
 */
public enum PrivilegeLimit {
    UNSPECIFIED(0), CALLBACK(1), USER(2), OPERATOR(3), ADMINISTRATOR(4), OEM(5), NO_ACCESS(0x0F);

    private final int code;

    PrivilegeLimit(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The session privilege this limit allows, {@code null} for {@link #NO_ACCESS} and {@link #UNSPECIFIED}. */
    public PrivilegeLevel level() {
        return this == NO_ACCESS || this == UNSPECIFIED ? null : PrivilegeLevel.fromCode(code);
    }

    static PrivilegeLimit decode(int code, String structure) throws MalformedPacketException {
        for (PrivilegeLimit p : values()) {
            if (p.code == code) {
                return p;
            }
        }
        throw new MalformedPacketException(structure + ": reserved privilege limit " + code);
    }
}
