package dev.ipmi.sdr;

/**
 * A threshold sensor's hysteresis in units: how far a reading must come back past a threshold
 * before the BMC considers it deasserted (IPMI v2.0 rev 1.1 §35.6, §36.4). Hysteresis is a
 * count of raw steps, so it converts without the B offset; 0 means none.
 *
 * @param positiveGoing applies to thresholds crossed going high (upper thresholds)
 * @param negativeGoing applies to thresholds crossed going low (lower thresholds)
 */
public record Hysteresis(double positiveGoing, double negativeGoing, int positiveRaw, int negativeRaw) {

    /** Raw hysteresis bytes converted with a linear sensor's factors. */
    public static Hysteresis of(ConversionFactors factors, int positiveRaw, int negativeRaw) {
        return new Hysteresis(factors.delta(positiveRaw), factors.delta(negativeRaw), positiveRaw, negativeRaw);
    }
}
