package dev.ipmi.sdr;

/** How the modifier unit combines with the base unit (IPMI v2.0 rev 1.1 §43.1, Sensor Units 1 bits 2:1). */
public enum ModifierUse {
    NONE,
    /** base unit / modifier unit, e.g. "Watts per hour". */
    DIVIDE,
    /** base unit * modifier unit, e.g. "ft-lb * second". */
    MULTIPLY,
    RESERVED;

    public static ModifierUse of(int bits) {
        return values()[bits & 3];
    }
}
