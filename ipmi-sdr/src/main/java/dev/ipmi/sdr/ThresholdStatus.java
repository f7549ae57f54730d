package dev.ipmi.sdr;

import dev.ipmi.core.command.sensor.Threshold;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a threshold sensor's reading stands against its thresholds: the thresholds crossed, as
 * Get Sensor Reading byte 3 reports them (IPMI v2.0 rev 1.1 §35.14), and ipmitool's names for
 * the most severe one.
 */
public record ThresholdStatus(Set<Threshold> crossed) {
    public static final ThresholdStatus OK = new ThresholdStatus(Set.of());
    private static final String[] SHORT = {"lnc", "lcr", "lnr", "unc", "ucr", "unr"};
    private static final String[] SEVERITY = {"nc", "cr", "nr"};

    public ThresholdStatus {
        crossed = Set.copyOf(crossed);
    }

    /** From a mask in the threshold bit order (bit 0 = lower non-critical ... bit 5 = upper non-recoverable). */
    public static ThresholdStatus of(int mask) {
        Set<Threshold> set = EnumSet.noneOf(Threshold.class);
        for (Threshold t : Threshold.values()) {
            if ((mask & 1 << t.ordinal()) != 0) {
                set.add(t);
            }
        }
        return new ThresholdStatus(set);
    }

    /** True for the three upper thresholds. */
    public static boolean upper(Threshold t) {
        return t.ordinal() >= 3;
    }

    /** ipmitool's {@code sensor list} name of a threshold: "lnc", "ucr", ... */
    public static String shortName(Threshold t) {
        return SHORT[t.ordinal()];
    }

    /** The most severe crossed threshold, upper before lower at equal severity. */
    public Optional<Threshold> worst() {
        Threshold worst = null;
        for (Threshold t : crossed) {
            if (worst == null || rank(t) > rank(worst)) {
                worst = t;
            }
        }
        return Optional.ofNullable(worst);
    }

    private static int rank(Threshold t) {
        return (t.ordinal() % 3) * 2 + (upper(t) ? 1 : 0);
    }

    public boolean ok() {
        return crossed.isEmpty();
    }

    /** ipmitool's {@code sdr list} status: "ok", "nc", "cr" or "nr". */
    public String severityText() {
        return worst().map(t -> SEVERITY[t.ordinal() % 3]).orElse("ok");
    }

    /** ipmitool's {@code sensor list} status: "ok", "lnc", "ucr", ... */
    public String shortText() {
        return worst().map(ThresholdStatus::shortName).orElse("ok");
    }

    @Override
    public String toString() {
        return shortText();
    }
}
