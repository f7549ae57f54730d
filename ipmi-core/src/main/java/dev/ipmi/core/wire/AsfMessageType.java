package dev.ipmi.core.wire;

/**
 * The message type byte of an ASF RMCP message (DSP0136 ASF 2.0 section 3.2.4, table of RMCP
 * message types).
 *
 * <p>An open value type: {@link #of(int)} never throws; types this library does not use print
 * as hex.
 */
public final class AsfMessageType {
    private static final AsfMessageType[] ALL = new AsfMessageType[256];

    static {
        for (int i = 0; i < ALL.length; i++) {
            ALL[i] = new AsfMessageType(i);
        }
    }

    /** 80h: asks whether the target speaks ASF / IPMI. */
    public static final AsfMessageType PRESENCE_PING = of(0x80);
    /** 40h: the answer to a presence ping. */
    public static final AsfMessageType PRESENCE_PONG = of(0x40);

    private final int value;

    private AsfMessageType(int value) {
        this.value = value;
    }

    /** The type for a wire byte; only the low 8 bits are used. Never throws. */
    public static AsfMessageType of(int value) {
        return ALL[value & 0xFF];
    }

    public int value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AsfMessageType t && t.value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    /** e.g. {@code "80h (Presence Ping)"}, {@code "10h"}. */
    @Override
    public String toString() {
        String hex = String.format("%02Xh", value);
        return switch (value) {
            case 0x80 -> hex + " (Presence Ping)";
            case 0x40 -> hex + " (Presence Pong)";
            default -> hex;
        };
    }
}
