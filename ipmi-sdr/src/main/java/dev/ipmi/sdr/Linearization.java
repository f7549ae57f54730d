package dev.ipmi.sdr;

/**
 * The linearization function L applied after the linear conversion (IPMI v2.0 rev 1.1 §36.3,
 * §43.1 byte 24). Codes 70h-7Fh are non-linear: the conversion factors change with the reading
 * and come from Get Sensor Reading Factors.
 */
public enum Linearization {
    LINEAR(0x00), LN(0x01), LOG10(0x02), LOG2(0x03), E(0x04), EXP10(0x05), EXP2(0x06),
    RECIPROCAL(0x07), SQR(0x08), CUBE(0x09), SQRT(0x0A), CUBE_ROOT(0x0B),
    /** 70h-7Fh: factors per reading from Get Sensor Reading Factors. */
    NON_LINEAR(0x70),
    /** A code the specification does not define; readings cannot be converted. */
    RESERVED(-1);

    private final int code;

    Linearization(int code) {
        this.code = code;
    }

    /** From bits 6:0 of byte 24. */
    public static Linearization of(int value) {
        int v = value & 0x7F;
        if (v <= 0x0B) {
            return values()[v];
        }
        return v >= 0x70 ? NON_LINEAR : RESERVED;
    }

    /** The code; the first of the range for {@link #NON_LINEAR}, -1 for {@link #RESERVED}. */
    public int code() {
        return code;
    }

    /** L(y). Linear and non-linear sensors are the identity here. */
    public double apply(double y) {
        return switch (this) {
            case LN -> Math.log(y);
            case LOG10 -> Math.log10(y);
            case LOG2 -> Math.log(y) / Math.log(2);
            case E -> Math.exp(y);
            case EXP10 -> Math.pow(10, y);
            case EXP2 -> Math.pow(2, y);
            case RECIPROCAL -> 1 / y;
            case SQR -> y * y;
            case CUBE -> y * y * y;
            case SQRT -> Math.sqrt(y);
            case CUBE_ROOT -> Math.cbrt(y);
            case LINEAR, NON_LINEAR -> y;
            case RESERVED -> Double.NaN;
        };
    }

    /** L⁻¹(v), for turning a value in units back into a raw reading. */
    public double invert(double v) {
        return switch (this) {
            case LN -> Math.exp(v);
            case LOG10 -> Math.pow(10, v);
            case LOG2 -> Math.pow(2, v);
            case E -> Math.log(v);
            case EXP10 -> Math.log10(v);
            case EXP2 -> Math.log(v) / Math.log(2);
            case RECIPROCAL -> 1 / v;
            case SQR -> Math.sqrt(v);
            case CUBE -> Math.cbrt(v);
            case SQRT -> v * v;
            case CUBE_ROOT -> v * v * v;
            case LINEAR, NON_LINEAR -> v;
            case RESERVED -> Double.NaN;
        };
    }
}
