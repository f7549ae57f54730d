package dev.ipmi.sdr.fru;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * DC Output multirecord, type 01h (FRU Information Storage Definition v1.0 §18.2): one output
 * of a power supply. Voltages are signed, in 10 mV units; currents in mA.
 *
 * <pre>
 *  0  [7] standby output  [3:0] output number
 *  1  nominal voltage (2, signed)
 *  3  maximum negative voltage deviation (2, signed)
 *  5  maximum positive voltage deviation (2, signed)
 *  7  ripple and noise pk-pk 10 Hz - 30 MHz, mV (2)
 *  9  minimum current draw (2)   11  maximum current draw (2)
 * </pre>
 */
public record DcOutput(int outputNumber, boolean standby, int nominalVoltage, int maxNegativeDeviation,
                       int maxPositiveDeviation, int rippleAndNoiseMv, int minCurrentMa, int maxCurrentMa)
        implements MultiRecordContent {
    public static final int TYPE = 0x01;
    static final int LENGTH = 13;

    static DcOutput decode(ByteBuffer in) throws MalformedPacketException {
        Wire.need(in, LENGTH, "DC output multirecord");
        int info = Wire.u8(in);
        return new DcOutput(info & 0x0F, (info & 0x80) != 0, in.getShort(), in.getShort(), in.getShort(),
                Wire.u16le(in), Wire.u16le(in), Wire.u16le(in));
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
        out.put((byte) ((standby ? 0x80 : 0) | outputNumber & 0x0F));
        Wire.putU16le(out, nominalVoltage);
        Wire.putU16le(out, maxNegativeDeviation);
        Wire.putU16le(out, maxPositiveDeviation);
        Wire.putU16le(out, rippleAndNoiseMv);
        Wire.putU16le(out, minCurrentMa);
        Wire.putU16le(out, maxCurrentMa);
    }
}
