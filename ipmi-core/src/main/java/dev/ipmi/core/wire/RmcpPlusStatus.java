package dev.ipmi.core.wire;

/**
 * The status code of RMCP+ Open Session Response and RAKP messages 2-4 (IPMI v2.0 section
 * 13.24, table 13-15).
 *
 * <p>An open value type: {@link #of(int)} accepts any byte and never throws; codes the spec
 * does not define print as hex.
 */
public final class RmcpPlusStatus {
    private static final RmcpPlusStatus[] ALL = new RmcpPlusStatus[256];

    static {
        for (int i = 0; i < ALL.length; i++) {
            ALL[i] = new RmcpPlusStatus(i);
        }
    }

    public static final RmcpPlusStatus NO_ERRORS = of(0x00);
    public static final RmcpPlusStatus INSUFFICIENT_RESOURCES = of(0x01);
    public static final RmcpPlusStatus INVALID_SESSION_ID = of(0x02);
    public static final RmcpPlusStatus INVALID_PAYLOAD_TYPE = of(0x03);
    public static final RmcpPlusStatus INVALID_AUTHENTICATION_ALGORITHM = of(0x04);
    public static final RmcpPlusStatus INVALID_INTEGRITY_ALGORITHM = of(0x05);
    public static final RmcpPlusStatus NO_MATCHING_AUTHENTICATION_PAYLOAD = of(0x06);
    public static final RmcpPlusStatus NO_MATCHING_INTEGRITY_PAYLOAD = of(0x07);
    public static final RmcpPlusStatus INACTIVE_SESSION_ID = of(0x08);
    public static final RmcpPlusStatus INVALID_ROLE = of(0x09);
    public static final RmcpPlusStatus UNAUTHORIZED_ROLE = of(0x0A);
    public static final RmcpPlusStatus INSUFFICIENT_RESOURCES_AT_ROLE = of(0x0B);
    public static final RmcpPlusStatus INVALID_NAME_LENGTH = of(0x0C);
    public static final RmcpPlusStatus UNAUTHORIZED_NAME = of(0x0D);
    public static final RmcpPlusStatus UNAUTHORIZED_GUID = of(0x0E);
    public static final RmcpPlusStatus INVALID_INTEGRITY_CHECK_VALUE = of(0x0F);
    public static final RmcpPlusStatus INVALID_CONFIDENTIALITY_ALGORITHM = of(0x10);
    public static final RmcpPlusStatus NO_CIPHER_SUITE_MATCH = of(0x11);
    public static final RmcpPlusStatus ILLEGAL_PARAMETER = of(0x12);

    private final int value;

    private RmcpPlusStatus(int value) {
        this.value = value;
    }

    /** The status for a byte value; only the low 8 bits are used. Never throws. */
    public static RmcpPlusStatus of(int value) {
        return ALL[value & 0xFF];
    }

    public int value() {
        return value;
    }

    /** 00h: no errors. */
    public boolean isOk() {
        return value == 0;
    }

    /** The spec's description, or {@code null} for reserved codes. */
    public String description() {
        return switch (value) {
            case 0x00 -> "no errors";
            case 0x01 -> "insufficient resources to create a session";
            case 0x02 -> "invalid session ID";
            case 0x03 -> "invalid payload type";
            case 0x04 -> "invalid authentication algorithm";
            case 0x05 -> "invalid integrity algorithm";
            case 0x06 -> "no matching authentication payload";
            case 0x07 -> "no matching integrity payload";
            case 0x08 -> "inactive session ID";
            case 0x09 -> "invalid role";
            case 0x0A -> "unauthorized role or privilege level requested";
            case 0x0B -> "insufficient resources to create a session at the requested role";
            case 0x0C -> "invalid name length";
            case 0x0D -> "unauthorized name";
            case 0x0E -> "unauthorized GUID";
            case 0x0F -> "invalid integrity check value";
            case 0x10 -> "invalid confidentiality algorithm";
            case 0x11 -> "no cipher suite match with proposed security algorithms";
            case 0x12 -> "illegal or unrecognized parameter";
            default -> null;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RmcpPlusStatus s && s.value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    /** e.g. {@code "0Dh (unauthorized name)"}, {@code "13h (reserved)"}. */
    @Override
    public String toString() {
        String d = description();
        return String.format("%02Xh (%s)", value, d == null ? "reserved" : d);
    }
}
