package dev.ipmi.sdr.fru;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * Power Supply Information multirecord, type 00h (FRU Information Storage Definition v1.0
 * §18.1). Voltages are in 10 mV units, as stored.
 *
 * <pre>
 *  0  overall capacity, watts (2)      [15:12] reserved [11:0] watts
 *  2  peak VA (2, FFFFh = unspecified)
 *  4  inrush current, A (FFh = unspecified)   5  inrush interval, ms
 *  6  input voltage range 1 low (2)    8  range 1 high (2)
 * 10  input voltage range 2 low (2)   12  range 2 high (2)   (0 = single range)
 * 14  input frequency low, Hz         15  input frequency high, Hz
 * 16  A/C dropout tolerance, ms
 * 17  flags [4] tach pulses per rotation / predictive fail polarity [3] hot swap
 *     [2] autoswitch [1] power factor correction [0] predictive fail support
 * 18  peak wattage (2)                 [15:12] hold-up time, s [11:0] peak watts
 * 20  combined wattage voltages        [7:4] voltage 1 [3:0] voltage 2
 *     (0 = 12 V, 1 = -12 V, 2 = 5 V, 3 = 3.3 V)
 * 21  total combined wattage (2)
 * 23  predictive fail tachometer lower threshold, RPS
 * </pre>
 */
public record PowerSupplyInformation(int overallCapacityWatts, int peakVa, int inrushCurrentAmps,
                                     int inrushIntervalMs, int inputVoltage1Low, int inputVoltage1High,
                                     int inputVoltage2Low, int inputVoltage2High, int inputFrequencyLowHz,
                                     int inputFrequencyHighHz, int acDropoutToleranceMs, int flags,
                                     int holdUpTimeSeconds, int peakWatts, int combinedVoltage1,
                                     int combinedVoltage2, int totalCombinedWatts, int tachometerLowerThresholdRps)
        implements MultiRecordContent {
    public static final int TYPE = 0x00;
    static final int LENGTH = 24;

    /** Predictive fail pin or tachometer supported. */
    public boolean predictiveFailSupport() {
        return (flags & 0x01) != 0;
    }

    public boolean powerFactorCorrection() {
        return (flags & 0x02) != 0;
    }

    /** Input voltage range chosen automatically. */
    public boolean autoswitch() {
        return (flags & 0x04) != 0;
    }

    public boolean hotSwap() {
        return (flags & 0x08) != 0;
    }

    /** Two tachometer pulses per rotation, or a predictive fail pin asserted high. */
    public boolean tachometerOrPolarityBit() {
        return (flags & 0x10) != 0;
    }

    static PowerSupplyInformation decode(ByteBuffer in) throws MalformedPacketException {
        Wire.need(in, LENGTH, "Power supply information multirecord");
        int capacity = Wire.u16le(in) & 0x0FFF;
        int peakVa = Wire.u16le(in);
        int inrush = Wire.u8(in);
        int interval = Wire.u8(in);
        int v1Low = Wire.u16le(in);
        int v1High = Wire.u16le(in);
        int v2Low = Wire.u16le(in);
        int v2High = Wire.u16le(in);
        int fLow = Wire.u8(in);
        int fHigh = Wire.u8(in);
        int dropout = Wire.u8(in);
        int flags = Wire.u8(in) & 0x1F;
        int peak = Wire.u16le(in);
        int voltages = Wire.u8(in);
        int combined = Wire.u16le(in);
        int tach = Wire.u8(in);
        return new PowerSupplyInformation(capacity, peakVa, inrush, interval, v1Low, v1High, v2Low, v2High,
                fLow, fHigh, dropout, flags, peak >>> 12, peak & 0x0FFF, voltages >>> 4, voltages & 0x0F,
                combined, tach);
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public int encodedLength() {
        return LENGTH;
    }

    @Override
    public void encode(ByteBuffer out) {
        Wire.putU16le(out, overallCapacityWatts & 0x0FFF);
        Wire.putU16le(out, peakVa);
        out.put((byte) inrushCurrentAmps).put((byte) inrushIntervalMs);
        Wire.putU16le(out, inputVoltage1Low);
        Wire.putU16le(out, inputVoltage1High);
        Wire.putU16le(out, inputVoltage2Low);
        Wire.putU16le(out, inputVoltage2High);
        out.put((byte) inputFrequencyLowHz).put((byte) inputFrequencyHighHz).put((byte) acDropoutToleranceMs)
                .put((byte) flags);
        Wire.putU16le(out, holdUpTimeSeconds << 12 | peakWatts & 0x0FFF);
        out.put((byte) (combinedVoltage1 << 4 | combinedVoltage2 & 0x0F));
        Wire.putU16le(out, totalCombinedWatts);
        out.put((byte) tachometerLowerThresholdRps);
    }
}
