package dev.ipmi.sdr.fru;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * The 8-byte common header of a FRU inventory image (Platform Management FRU Information
 * Storage Definition v1.0 rev 1.3 §8). Offsets are stored in multiples of 8 bytes; 0 means
 * the area is absent. This record holds them in bytes.
 *
 * <pre>
 * 0 format version [3:0] = 1   1 internal use   2 chassis info   3 board info
 * 4 product info               5 multirecord    6 pad            7 zero checksum
 * </pre>
 */
public record FruCommonHeader(int formatVersion, int internalUseOffset, int chassisOffset,
                              int boardOffset, int productOffset, int multiRecordOffset,
                              boolean checksumValid) {
    public static final int LENGTH = 8;

    public static FruCommonHeader decode(ByteBuffer in) throws MalformedPacketException {
        Wire.need(in, LENGTH, "FRU common header");
        int start = in.position();
        int version = Wire.u8(in) & 0x0F;
        if (version != 1) {
            throw new MalformedPacketException("FRU common header: format version " + version + ", want 1");
        }
        int internal = Wire.u8(in) * 8;
        int chassis = Wire.u8(in) * 8;
        int board = Wire.u8(in) * 8;
        int product = Wire.u8(in) * 8;
        int multi = Wire.u8(in) * 8;
        in.position(start + LENGTH);
        return new FruCommonHeader(version, internal, chassis, board, product, multi,
                FruArea.sum(in, start, LENGTH) == 0);
    }
}
