package dev.ipmi.sdr.fru;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * DC Load multirecord, type 02h (FRU Information Storage Definition v1.0 §18.3): what a board
 * needs from one supply output. Voltages are signed, in 10 mV units; currents in mA.
 *
 * <pre>
 *  0  [3:0] output number
 *  1  nominal voltage (2, signed)
 *  3  specified minimum voltage (2, signed)
 *  5  specified maximum voltage (2, signed)
 *  7  specified ripple and noise pk-pk, mV (2)
 *  9  minimum current load (2)   11  maximum current load (2)
 * </pre>
 */
public record DcLoad(int outputNumber, int nominalVoltage, int minVoltage, int maxVoltage, int rippleAndNoiseMv,
                     int minCurrentMa, int maxCurrentMa) implements MultiRecordContent {
    public static final int TYPE = 0x02;
    static final int LENGTH = 13;

    static DcLoad decode(ByteBuffer in) throws MalformedPacketException {
        Wire.need(in, LENGTH, "DC load multirecord");
        return new DcLoad(Wire.u8(in) & 0x0F, in.getShort(), in.getShort(), in.getShort(),
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
        out.put((byte) (outputNumber & 0x0F));
        Wire.putU16le(out, nominalVoltage);
        Wire.putU16le(out, minVoltage);
        Wire.putU16le(out, maxVoltage);
        Wire.putU16le(out, rippleAndNoiseMv);
        Wire.putU16le(out, minCurrentMa);
        Wire.putU16le(out, maxCurrentMa);
    }
}
