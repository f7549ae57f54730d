package dev.ipmi.sdr;

/**
 * A sensor's units (IPMI v2.0 rev 1.1 §43.1, full/compact record bytes 21-23).
 *
 * <pre>
 * byte 21  [7:6] analog data format  [5:3] rate unit  [2:1] modifier use  [0] percentage
 * byte 22  base unit (table 43-15)
 * byte 23  modifier unit (table 43-15)
 * </pre>
 */
public record SensorUnits(AnalogFormat format, RateUnit rate, ModifierUse modifierUse,
                          boolean percentage, Unit base, Unit modifier) {

    /** From the three SDR bytes. */
    public static SensorUnits of(int units1, int base, int modifier) {
        return new SensorUnits(AnalogFormat.of(units1 >>> 6), RateUnit.of(units1 >>> 3),
                ModifierUse.of(units1 >>> 1), (units1 & 1) != 0, Unit.of(base), Unit.of(modifier));
    }

    /** The byte 21 this was decoded from. */
    public int units1() {
        return format.ordinal() << 6 | rate.ordinal() << 3 | modifierUse.ordinal() << 1
                | (percentage ? 1 : 0);
    }

    /**
     * The unit as people write it: "degrees C", "Watts per hour", "% Volts", "RPM per second",
     * "percent" for a bare percentage.
     */
    public String text() {
        StringBuilder sb = new StringBuilder();
        if (percentage) {
            sb.append(base.value() == 0 ? "percent" : "% ");
        }
        if (!percentage || base.value() != 0) {
            sb.append(base.name());
        }
        switch (modifierUse) {
            case DIVIDE -> sb.append(" per ").append(modifier.name());
            case MULTIPLY -> sb.append(" * ").append(modifier.name());
            default -> { }
        }
        if (rate != RateUnit.NONE) {
            sb.append(' ').append(rate.text());
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
