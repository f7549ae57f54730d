package dev.ipmi.core.wire;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.PrivilegeLevel;

/** The 4-bit privilege level fields of the RMCP+ session setup messages (IPMI v2.0 sections 13.17-13.20). */
final class PrivilegeField {
    private PrivilegeField() {}

    /** The level for a wire nibble; {@code null} for 0 ("highest level matching"), throws for reserved 6-15. */
    static PrivilegeLevel decode(int nibble, String structure) throws MalformedPacketException {
        if (nibble == 0) {
            return null;
        }
        PrivilegeLevel level = PrivilegeLevel.fromCode(nibble);
        if (level == null) {
            throw new MalformedPacketException(String.format("%s: reserved privilege level %Xh", structure, nibble));
        }
        return level;
    }

    /** The wire nibble; 0 for {@code null}. */
    static int encode(PrivilegeLevel level) {
        return level == null ? 0 : level.code();
    }
}
