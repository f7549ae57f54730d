package dev.ipmi.sdr;

/** How the modifier unit combines with the base unit (IPMI v2.0 rev 1.1 §43.1, Sensor Units 1 bits 2:1). */
public enum ModifierUse {
    NONE,
    /** base unit / modifier unit, e.g. "Watts per hour". */
    DIVIDE,
    /** base unit * modifier unit, e.g. "ft-lb * second". */
    MULTIPLY,
    RESERVED;

    /** {@code values()} copies its array on every call; decoding runs once per record of every SDR scan. */
    private static final ModifierUse[] BY_CODE = values();

    public static ModifierUse of(int bits) {
        return BY_CODE[bits & 3];
    }
}
