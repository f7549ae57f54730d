package dev.ipmi.sdr.sel;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * One 16-byte System Event Log entry (IPMI v2.0 rev 1.1 §32), by record type: 02h system
 * event, C0h-DFh OEM timestamped, E0h-FFh OEM non-timestamped. Other types (reserved) are kept
 * as {@link OemNonTimestampedRecord}-like raw data in {@link UnknownSelRecord}.
 *
 * <pre>
 * +-----------------+------+---------------------------------------+
 * | record id (LE)  | type | 13 bytes, by type                      |
 * +-----------------+------+---------------------------------------+
 * </pre>
 */
public sealed interface SelRecord permits SystemEventRecord, OemTimestampedRecord,
        OemNonTimestampedRecord, UnknownSelRecord {
    int LENGTH = 16;

    int recordId();

    int recordType();

    /** Writes the 16-byte entry. */
    void encode(ByteBuffer out);

    /** Always {@value #LENGTH}. */
    default int encodedLength() {
        return LENGTH;
    }

    /** {@link #encode} into a new array. */
    default byte[] toBytes() {
        ByteBuffer out = ByteBuffer.allocate(LENGTH);
        encode(out);
        return out.array();
    }

    static SelRecord decode(ByteBuffer in) throws MalformedPacketException {
        Wire.need(in, LENGTH, "SEL record");
        int id = Wire.u16le(in);
        int type = Wire.u8(in);
        if (type == 0x02) {
            return SystemEventRecord.decodeBody(id, in);
        }
        if (type >= 0xC0 && type <= 0xDF) {
            return OemTimestampedRecord.decodeBody(id, type, in);
        }
        if (type >= 0xE0) {
            return new OemNonTimestampedRecord(id, type, Wire.bytes(in, 13, "SEL OEM data"));
        }
        return new UnknownSelRecord(id, type, Wire.bytes(in, 13, "SEL record data"));
    }
}
