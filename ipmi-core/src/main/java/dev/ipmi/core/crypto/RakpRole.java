package dev.ipmi.core.crypto;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.PrivilegeLevel;
import java.util.Objects;

/**
 * The Requested Maximum Privilege Level byte of RAKP message 1, ROLE_M in the key exchange
 * (IPMI v2.0 section 13.20, RAKP Message 1), which also enters the SIK and the RAKP 2 / 3 auth codes.
 *
 * <pre>
 *   bit  7 6 5 | 4                  | 3 2 1 0
 *        reserv| name-only lookup   | requested maximum privilege level
 * </pre>
 *
 * <p>Bit 4 set selects a lookup by user name only; clear, by user name and privilege level.
 *
 * @param privilege        the requested maximum privilege
 * @param nameOnlyLookup   whether the BMC looks the user up by name only
 */
public record RakpRole(PrivilegeLevel privilege, boolean nameOnlyLookup) {
    private static final int NAME_ONLY = 0x10;

    public RakpRole {
        Objects.requireNonNull(privilege, "privilege");
    }

    /** The byte on the wire. */
    public int code() {
        return privilege.code() | (nameOnlyLookup ? NAME_ONLY : 0);
    }

    /** Parses the byte; reserved bits or an undefined privilege are malformed. */
    public static RakpRole of(int code) throws MalformedPacketException {
        PrivilegeLevel p = PrivilegeLevel.fromCode(code & 0x0F);
        if (p == null || (code & ~0x1F) != 0) {
            throw new MalformedPacketException("RAKP role: invalid byte " + String.format("%02xh", code & 0xFF));
        }
        return new RakpRole(p, (code & NAME_ONLY) != 0);
    }
}
