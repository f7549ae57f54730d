package dev.ipmi.core.wire;

/**
 * The authentication type byte that starts every IPMI session header (IPMI v2.0 section
 * 13.6, table 13-8): the IPMI 1.5 algorithms, or {@link #RMCP_PLUS}
 * which selects the IPMI 2.0 session header format.
 */
public enum AuthType {
    NONE(0x00),
    MD2(0x01),
    MD5(0x02),
    PASSWORD(0x04),
    OEM(0x05),
    /** Not an algorithm: marks an IPMI 2.0 / RMCP+ session header. */
    RMCP_PLUS(0x06);

    /** {@code values()} clones its array on every call; IPMI 1.5 parses this byte on every datagram. */
    private static final AuthType[] VALUES = values();

    private final int code;

    AuthType(int code) {
        this.code = code;
    }

    /** The low 4 bits of the first session header byte. */
    public int code() {
        return code;
    }

    /** The type for a wire value, or {@code null} when reserved. */
    public static AuthType fromCode(int code) {
        for (AuthType t : VALUES) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }

    /** The bit of this type in the Get Channel Authentication Capabilities support mask. */
    public int capabilityBit() {
        return this == RMCP_PLUS ? 0 : 1 << code;
    }
}
