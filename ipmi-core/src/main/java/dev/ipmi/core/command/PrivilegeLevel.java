package dev.ipmi.core.command;

import dev.ipmi.core.MalformedPacketException;

/**
 * Session privilege levels (IPMI v2.0 section 6.8), in increasing order of authority.
 */
public enum PrivilegeLevel {
    CALLBACK(1),
    USER(2),
    OPERATOR(3),
    ADMINISTRATOR(4),
    OEM(5);

    private final int code;

    PrivilegeLevel(int code) {
        this.code = code;
    }

    /** The 4-bit value used on the wire. */
    public int code() {
        return code;
    }

    /** The level for a wire value, or {@code null} when it is not a defined level (0 means "highest"/none). */
    public static PrivilegeLevel fromCode(int code) {
        for (PrivilegeLevel p : values()) {
            if (p.code == code) {
                return p;
            }
        }
        return null;
    }

    /**
     * The level for a wire value read from the network; reserved values (0, 6..15) become a
     * {@link MalformedPacketException} naming {@code structure}.
     */
    public static PrivilegeLevel decode(int code, String structure) throws MalformedPacketException {
        PrivilegeLevel p = fromCode(code);
        if (p == null) {
            throw new MalformedPacketException(structure + ": reserved privilege level " + code);
        }
        return p;
    }

    /** Whether this level may run a command that needs {@code required}. */
    public boolean covers(PrivilegeLevel required) {
        return code >= required.code;
    }
}
