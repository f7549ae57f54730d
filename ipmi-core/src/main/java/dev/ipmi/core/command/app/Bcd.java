package dev.ipmi.core.command.app;

/** Two-digit packed BCD, as in firmware minor revisions (IPMI v2.0 section 20.1). */
final class Bcd {
    private Bcd() {}

    /** 0x23 -> 23; nibbles above 9 are taken at face value rather than rejected. */
    static int decode(int bcd) {
        return (bcd >>> 4 & 0x0F) * 10 + (bcd & 0x0F);
    }

    static int encode(int value) {
        return (value / 10 % 10) << 4 | value % 10;
    }
}
