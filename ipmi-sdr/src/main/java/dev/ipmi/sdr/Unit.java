package dev.ipmi.sdr;

import java.util.List;

/**
 * A sensor unit type code (IPMI v2.0 rev 1.1 §43.17, table 43-15), used for both the base and
 * the modifier unit. An open value type: codes past the table print as "unit 0xNN".
 */
public record Unit(int value) {
    private static final List<String> NAMES = List.of(
            "unspecified", "degrees C", "degrees F", "degrees K", "Volts", "Amps", "Watts",
            "Joules", "Coulombs", "VA", "Nits", "lumen", "lux", "Candela", "kPa", "PSI",
            "Newton", "CFM", "RPM", "Hz", "microsecond", "millisecond", "second", "minute",
            "hour", "day", "week", "mil", "inches", "feet", "cu in", "cu feet", "mm", "cm", "m",
            "cu cm", "cu m", "liters", "fluid ounce", "radians", "steradians", "revolutions",
            "cycles", "gravities", "ounce", "pound", "ft-lb", "oz-in", "gauss", "gilberts",
            "henry", "millihenry", "farad", "microfarad", "ohms", "siemens", "mole", "becquerel",
            "PPM", "reserved", "Decibels", "DbA", "DbC", "gray", "sievert", "color temp deg K",
            "bit", "kilobit", "megabit", "gigabit", "byte", "kilobyte", "megabyte", "gigabyte",
            "word", "dword", "qword", "line", "hit", "miss", "retry", "reset", "overflow",
            "underrun", "collision", "packets", "messages", "characters", "error",
            "correctable error", "uncorrectable error", "fatal error", "grams");

    public static final Unit UNSPECIFIED = of(0);
    public static final Unit DEGREES_C = of(1);
    public static final Unit VOLTS = of(4);
    public static final Unit AMPS = of(5);
    public static final Unit WATTS = of(6);
    public static final Unit RPM = of(18);
    public static final Unit HOUR = of(24);

    public Unit {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException("unit is one byte: " + value);
        }
    }

    /** Any byte; never throws for network input. */
    public static Unit of(int value) {
        return new Unit(value & 0xFF);
    }

    /** How many unit codes the specification names (0 to 92). */
    public static int namedCount() {
        return NAMES.size();
    }

    public String name() {
        return value < NAMES.size() ? NAMES.get(value) : String.format("unit 0x%02X", value);
    }

    @Override
    public String toString() {
        return name();
    }
}
