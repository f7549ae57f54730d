package dev.ipmi.sdr;

/** How the raw reading byte is signed (IPMI v2.0 rev 1.1 §43.1, Sensor Units 1 bits 7:6). */
public enum AnalogFormat {
    UNSIGNED,
    ONES_COMPLEMENT,
    TWOS_COMPLEMENT,
    /** The sensor gives no numeric reading (discrete sensors); the byte is meaningless. */
    NO_ANALOG_READING;

    /** {@code values()} copies its array on every call; decoding runs once per record of every SDR scan. */
    private static final AnalogFormat[] BY_CODE = values();

    /** From the two-bit field. */
    public static AnalogFormat of(int bits) {
        return BY_CODE[bits & 3];
    }

    /** The raw byte as the signed or unsigned integer x of the conversion formula. */
    public int toInteger(int raw) {
        int b = raw & 0xFF;
        return switch (this) {
            case ONES_COMPLEMENT -> (b & 0x80) != 0 ? -((~b) & 0x7F) : b;
            case TWOS_COMPLEMENT -> (byte) b;
            default -> b;
        };
    }

    /** The inverse of {@link #toInteger}, clamped to the byte's range. */
    public int toRaw(int x) {
        return switch (this) {
            case ONES_COMPLEMENT -> {
                int c = Math.max(-127, Math.min(127, x));
                yield c < 0 ? (~(-c)) & 0xFF : c;
            }
            case TWOS_COMPLEMENT -> Math.max(-128, Math.min(127, x)) & 0xFF;
            default -> Math.max(0, Math.min(255, x));
        };
    }
}
