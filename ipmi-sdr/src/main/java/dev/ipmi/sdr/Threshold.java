package dev.ipmi.sdr;

/**
 * The six thresholds of a threshold-based sensor, in the bit order every threshold mask uses
 * (SDR readable/settable masks, Get Sensor Reading byte 3, Get/Set Sensor Thresholds; IPMI v2.0
 * rev 1.1 §35.20, §43.1).
 */
public enum Threshold {
    LOWER_NON_CRITICAL("lnc", "nc", false),
    LOWER_CRITICAL("lcr", "cr", false),
    LOWER_NON_RECOVERABLE("lnr", "nr", false),
    UPPER_NON_CRITICAL("unc", "nc", true),
    UPPER_CRITICAL("ucr", "cr", true),
    UPPER_NON_RECOVERABLE("unr", "nr", true);

    private final String shortName;
    private final String severity;
    private final boolean upper;

    Threshold(String shortName, String severity, boolean upper) {
        this.shortName = shortName;
        this.severity = severity;
        this.upper = upper;
    }

    /** This threshold's bit in a mask. */
    public int bit() {
        return 1 << ordinal();
    }

    /** ipmitool's {@code sensor list} status name: "lnc", "ucr", ... */
    public String shortName() {
        return shortName;
    }

    /** ipmitool's {@code sdr list} status name, which drops the direction: "nc", "cr", "nr". */
    public String severity() {
        return severity;
    }

    public boolean upper() {
        return upper;
    }

    /** The thresholds whose bits are set in {@code mask}. */
    public static java.util.Set<Threshold> fromMask(int mask) {
        java.util.EnumSet<Threshold> set = java.util.EnumSet.noneOf(Threshold.class);
        for (Threshold t : values()) {
            if ((mask & t.bit()) != 0) {
                set.add(t);
            }
        }
        return set;
    }
}
