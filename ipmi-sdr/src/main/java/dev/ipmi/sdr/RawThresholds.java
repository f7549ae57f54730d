package dev.ipmi.sdr;

import dev.ipmi.core.command.sensor.Threshold;
import java.util.EnumMap;
import java.util.Map;

/**
 * Raw threshold bytes as a full sensor record (bytes 37-42) or Get Sensor Thresholds gives
 * them, with the mask of the ones that are present.
 */
public record RawThresholds(int mask, int lnc, int lc, int lnr, int unc, int uc, int unr) {

    /** The raw byte of {@code t}; meaningful only if {@link #has} is true. */
    public int raw(Threshold t) {
        return switch (t) {
            case LOWER_NON_CRITICAL -> lnc;
            case LOWER_CRITICAL -> lc;
            case LOWER_NON_RECOVERABLE -> lnr;
            case UPPER_NON_CRITICAL -> unc;
            case UPPER_CRITICAL -> uc;
            case UPPER_NON_RECOVERABLE -> unr;
        };
    }

    public boolean has(Threshold t) {
        return (mask & 1 << t.ordinal()) != 0;
    }

    /** The present thresholds converted to units. */
    public Map<Threshold, Double> inUnits(ConversionFactors factors, AnalogFormat format,
                                          Linearization linearization) {
        Map<Threshold, Double> out = new EnumMap<>(Threshold.class);
        for (Threshold t : Threshold.values()) {
            if (has(t)) {
                out.put(t, factors.convertRaw(raw(t), format, linearization));
            }
        }
        return out;
    }
}
