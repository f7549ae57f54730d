package dev.ipmi.sdr;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * The five bytes that start every SDR (IPMI v2.0 rev 1.1 §43, "Record Header").
 *
 * <pre>
 * +--------+--------+---------+------+--------+--------------------+
 * | record id (LE)  | version | type | length | length bytes ...   |
 * +--------+--------+---------+------+--------+--------------------+
 *   0        1        2         3      4        5
 * </pre>
 *
 * <p>The version byte is BCD with the major version in the low nibble: 51h is SDR version 1.5,
 * which IPMI 1.5 and 2.0 both use. A record whose major version is not 1 is a different format
 * and is rejected.
 */
public record SdrHeader(int recordId, int version, int recordType, int length) {
    /** The size of the header itself. */
    public static final int LENGTH = 5;
    /** The version IPMI 1.5 and 2.0 specify. */
    public static final int VERSION_1_5 = 0x51;

    public static SdrHeader decode(ByteBuffer in) throws MalformedPacketException {
        Wire.need(in, LENGTH, "SDR header");
        int id = Wire.u16le(in);
        int version = Wire.u8(in);
        int type = Wire.u8(in);
        int length = Wire.u8(in);
        if ((version & 0x0F) != 1) {
            throw new MalformedPacketException(String.format(
                    "SDR %d: version 0x%02X is not an SDR 1.x record", id, version));
        }
        return new SdrHeader(id, version, type, length);
    }

    /**
     * Fails unless {@code n} bytes remain in this record's {@code body}. The message names the
     * record; it is built only on failure because decoding is on the hot path of an SDR walk.
     */
    void need(ByteBuffer body, int n, String structure) throws MalformedPacketException {
        if (body.remaining() < n) {
            throw new MalformedPacketException(structure + " " + recordId + ": want " + n
                    + " bytes, got " + body.remaining());
        }
    }

    public void encode(ByteBuffer out) {
        Wire.putU16le(out, recordId);
        out.put((byte) version).put((byte) recordType).put((byte) length);
    }

    public int encodedLength() {
        return LENGTH;
    }
}
