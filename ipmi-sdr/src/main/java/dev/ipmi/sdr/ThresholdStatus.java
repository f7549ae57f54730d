package dev.ipmi.sdr;

import java.util.Optional;
import java.util.Set;

/**
 * Where a threshold sensor's reading stands against its thresholds: the most severe threshold
 * crossed, as Get Sensor Reading byte 3 reports it.
 */
public record ThresholdStatus(Set<Threshold> crossed) {
    public static final ThresholdStatus OK = new ThresholdStatus(Set.of());

    public ThresholdStatus {
        crossed = Set.copyOf(crossed);
    }

    public static ThresholdStatus of(int mask) {
        return new ThresholdStatus(Threshold.fromMask(mask & 0x3F));
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
        return (t.ordinal() % 3) * 2 + (t.upper() ? 1 : 0);
    }

    public boolean ok() {
        return crossed.isEmpty();
    }

    /** ipmitool's {@code sdr list} status: "ok", "nc", "cr" or "nr". */
    public String severityText() {
        return worst().map(Threshold::severity).orElse("ok");
    }

    /** ipmitool's {@code sensor list} status: "ok", "lnc", "ucr", ... */
    public String shortText() {
        return worst().map(Threshold::shortName).orElse("ok");
    }

    @Override
    public String toString() {
        return shortText();
    }
}
