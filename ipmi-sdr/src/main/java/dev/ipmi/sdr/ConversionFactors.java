package dev.ipmi.sdr;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * The reading conversion factors (IPMI v2.0 rev 1.1 §36.3; full sensor record bytes 25-30,
 * Get Sensor Reading Factors response bytes 3-8):
 * {@code y = L[(M * x + B * 10^K1) * 10^K2]} in the sensor's units.
 *
 * <pre>
 * byte 0  M [7:0]
 * byte 1  [7:6] M [9:8]        [5:0] tolerance (+/- half raw counts)
 * byte 2  B [7:0]
 * byte 3  [7:6] B [9:8]        [5:0] accuracy [5:0]
 * byte 4  [7:4] accuracy [9:6] [3:2] accuracy exponent  [1:0] sensor direction
 * byte 5  [7:4] K2 (R exp)     [3:0] K1 (B exp)           both 4-bit 2's complement
 * </pre>
 *
 * M and B are 10-bit 2's complement. Accuracy is in 1/100 percent, scaled by 10^exponent.
 *
 * @param sensorDirection 0 unspecified, 1 input, 2 output (kept because it shares byte 4)
 */
public record ConversionFactors(int m, int b, int k1, int k2, int tolerance, int accuracy,
                                int accuracyExponent, int sensorDirection) {
    public static final int LENGTH = 6;
    /** 10^-8 .. 10^7: every power a 4-bit signed exponent can ask for. */
    private static final double[] POW10 = {1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1,
        1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7};

    public static ConversionFactors decode(ByteBuffer in) throws MalformedPacketException {
        Wire.need(in, LENGTH, "Conversion factors");
        int mLo = Wire.u8(in);
        int mHiTol = Wire.u8(in);
        int bLo = Wire.u8(in);
        int bHiAcc = Wire.u8(in);
        int accExpDir = Wire.u8(in);
        int exps = Wire.u8(in);
        return new ConversionFactors(
                signExtend(mLo | (mHiTol & 0xC0) << 2, 10),
                signExtend(bLo | (bHiAcc & 0xC0) << 2, 10),
                signExtend(exps & 0x0F, 4),
                signExtend(exps >>> 4, 4),
                mHiTol & 0x3F,
                (bHiAcc & 0x3F) | (accExpDir & 0xF0) << 2,
                (accExpDir >>> 2) & 3,
                accExpDir & 3);
    }

    public void encode(ByteBuffer out) {
        out.put((byte) m);
        out.put((byte) ((m >>> 2) & 0xC0 | tolerance & 0x3F));
        out.put((byte) b);
        out.put((byte) ((b >>> 2) & 0xC0 | accuracy & 0x3F));
        out.put((byte) ((accuracy >>> 2) & 0xF0 | (accuracyExponent & 3) << 2 | sensorDirection & 3));
        out.put((byte) ((k2 & 0x0F) << 4 | k1 & 0x0F));
    }

    public int encodedLength() {
        return LENGTH;
    }

    private static double pow10(int exponent) {
        // The record constructor accepts any int; only decoded factors are guaranteed 4-bit.
        return exponent >= -8 && exponent <= 7 ? POW10[exponent + 8] : Math.pow(10, exponent);
    }

    static int signExtend(int value, int bits) {
        int shift = 32 - bits;
        return (value << shift) >> shift;
    }

    /** The value in units of the already sign-interpreted reading {@code x}. */
    public double convert(int x, Linearization linearization) {
        double y = (m * (double) x + b * pow10(k1)) * pow10(k2);
        return linearization.apply(y);
    }

    /** The value in units of a raw reading byte in the given format; NaN when there is none. */
    public double convertRaw(int raw, AnalogFormat format, Linearization linearization) {
        if (format == AnalogFormat.NO_ANALOG_READING) {
            return Double.NaN;
        }
        return convert(format.toInteger(raw), linearization);
    }

    /**
     * The raw byte whose value is nearest to {@code value}, for Set Sensor Thresholds; the
     * inverse of {@link #convertRaw}. Throws if M is 0 (no inverse exists).
     */
    public int toRaw(double value, AnalogFormat format, Linearization linearization) {
        if (m == 0) {
            throw new IllegalStateException("M is 0: the conversion has no inverse");
        }
        double y = linearization.invert(value) / pow10(k2);
        double x = (y - b * pow10(k1)) / m;
        return format.toRaw((int) Math.round(x));
    }

    /** A raw difference (hysteresis, tolerance) in units: |M| * counts * 10^K2, no offset. */
    public double delta(double counts) {
        return Math.abs(m) * counts * pow10(k2);
    }

    /** The resolution of a linear sensor: one raw count in units. */
    public double resolution() {
        return delta(1);
    }

    /** The tolerance in units (the field is in half raw counts). */
    public double toleranceInUnits() {
        return delta(tolerance / 2.0);
    }

    /** The accuracy in percent: accuracy * 10^exponent / 100. */
    public double accuracyPercent() {
        return accuracy * Math.pow(10, accuracyExponent) / 100.0;
    }
}
