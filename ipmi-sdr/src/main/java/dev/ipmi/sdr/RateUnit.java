package dev.ipmi.sdr;

/** The rate part of a sensor's units (IPMI v2.0 rev 1.1 §43.1, Sensor Units 1 bits 5:3). */
public enum RateUnit {
    NONE(""),
    PER_MICROSECOND("per microsecond"),
    PER_MILLISECOND("per millisecond"),
    PER_SECOND("per second"),
    PER_MINUTE("per minute"),
    PER_HOUR("per hour"),
    PER_DAY("per day"),
    RESERVED("per reserved unit");

    /** {@code values()} copies its array on every call; decoding runs once per record of every SDR scan. */
    private static final RateUnit[] BY_CODE = values();

    private final String text;

    RateUnit(String text) {
        this.text = text;
    }

    public static RateUnit of(int bits) {
        return BY_CODE[bits & 7];
    }

    /** "per hour" etc.; empty for {@link #NONE}. */
    public String text() {
        return text;
    }
}
