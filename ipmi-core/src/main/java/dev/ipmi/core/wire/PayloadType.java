package dev.ipmi.core.wire;

/**
 * The payload type in bits 5:0 of the IPMI 2.0 session header's payload type byte (IPMI v2.0
 * section 13.27.3, table 13-16).
 *
 * <p>An open value type: {@link #of(int)} never throws, so a BMC sending a payload type this
 * library does not know still yields a decodable header that the session layer can drop.
 */
public final class PayloadType {
    private static final PayloadType[] ALL = new PayloadType[64];

    static {
        for (int i = 0; i < ALL.length; i++) {
            ALL[i] = new PayloadType(i);
        }
    }

    /** 00h: an IPMI LAN message. */
    public static final PayloadType IPMI_MESSAGE = of(0x00);
    /** 01h: Serial over LAN. */
    public static final PayloadType SOL = of(0x01);
    /** 02h: OEM explicit; the session header then carries an OEM IANA and payload ID. */
    public static final PayloadType OEM_EXPLICIT = of(0x02);
    /** 10h: RMCP+ Open Session Request. */
    public static final PayloadType OPEN_SESSION_REQUEST = of(0x10);
    /** 11h: RMCP+ Open Session Response. */
    public static final PayloadType OPEN_SESSION_RESPONSE = of(0x11);
    /** 12h: RAKP Message 1. */
    public static final PayloadType RAKP_1 = of(0x12);
    /** 13h: RAKP Message 2. */
    public static final PayloadType RAKP_2 = of(0x13);
    /** 14h: RAKP Message 3. */
    public static final PayloadType RAKP_3 = of(0x14);
    /** 15h: RAKP Message 4. */
    public static final PayloadType RAKP_4 = of(0x15);

    private final int value;

    private PayloadType(int value) {
        this.value = value;
    }

    /** The payload type for a wire value; only the low six bits are used. Never throws. */
    public static PayloadType of(int value) {
        return ALL[value & 0x3F];
    }

    /** The six-bit wire value. */
    public int value() {
        return value;
    }

    /** 20h-27h: OEM payloads 0-7, whose meaning is negotiated per session. */
    public boolean isOem() {
        return value >= 0x20 && value <= 0x27;
    }

    /** The spec's name, or {@code null} for reserved values. */
    public String name() {
        return switch (value) {
            case 0x00 -> "IPMI message";
            case 0x01 -> "SOL";
            case 0x02 -> "OEM explicit";
            case 0x10 -> "RMCP+ Open Session Request";
            case 0x11 -> "RMCP+ Open Session Response";
            case 0x12 -> "RAKP Message 1";
            case 0x13 -> "RAKP Message 2";
            case 0x14 -> "RAKP Message 3";
            case 0x15 -> "RAKP Message 4";
            default -> isOem() ? "OEM" + (value - 0x20) : null;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PayloadType t && t.value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    /** e.g. {@code "12h (RAKP Message 1)"}, {@code "21h (OEM1)"}, {@code "05h (reserved)"}. */
    @Override
    public String toString() {
        String name = name();
        return String.format("%02Xh (%s)", value, name == null ? "reserved" : name);
    }
}
