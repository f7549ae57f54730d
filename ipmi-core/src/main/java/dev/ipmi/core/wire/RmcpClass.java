package dev.ipmi.core.wire;

/**
 * The message class in the low five bits of the RMCP header's class byte (DSP0136 ASF 2.0
 * section 3.2.2; IPMI v2.0 section 13.1): which protocol the datagram carries.
 *
 * <p>An open value type: {@link #of(int)} accepts any value and never throws, so a datagram of a
 * reserved class can still be decoded, logged and dropped by the caller.
 */
public final class RmcpClass {
    private static final RmcpClass[] ALL = new RmcpClass[32];

    static {
        for (int i = 0; i < ALL.length; i++) {
            ALL[i] = new RmcpClass(i);
        }
    }

    /** 06h: ASF messages such as presence ping / pong. */
    public static final RmcpClass ASF = of(0x06);
    /** 07h: IPMI 1.5 and IPMI 2.0 (RMCP+) sessions. */
    public static final RmcpClass IPMI = of(0x07);
    /** 08h: OEM-defined messages. */
    public static final RmcpClass OEM = of(0x08);

    private final int value;

    private RmcpClass(int value) {
        this.value = value;
    }

    /** The class for a wire value; only the low five bits are used. Never throws. */
    public static RmcpClass of(int value) {
        return ALL[value & 0x1F];
    }

    /** The five-bit wire value. */
    public int value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RmcpClass c && c.value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    /** e.g. {@code "07h (IPMI)"}, {@code "0Ch (reserved)"}. */
    @Override
    public String toString() {
        String name = switch (value) {
            case 0x06 -> "ASF";
            case 0x07 -> "IPMI";
            case 0x08 -> "OEM";
            default -> "reserved";
        };
        return String.format("%02Xh (%s)", value, name);
    }
}
