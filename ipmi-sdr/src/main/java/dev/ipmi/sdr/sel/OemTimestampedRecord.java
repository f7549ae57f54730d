package dev.ipmi.sdr.sel;

import dev.ipmi.core.command.storage.Timestamp;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * SEL record types C0h-DFh (IPMI v2.0 rev 1.1 §32.2).
 *
 * <pre>
 * 0 record id (LE16)  2 type  3 timestamp (LE32)  7 manufacturer id (LE24)  10 OEM data (6)
 * </pre>
 */
public record OemTimestampedRecord(int recordId, int recordType, Timestamp timestamp,
                                   int manufacturerId, byte[] data) implements SelRecord {
    public OemTimestampedRecord {
        data = data.clone();
    }

    static OemTimestampedRecord decodeBody(int id, int type, ByteBuffer in) {
        Timestamp ts = new Timestamp(Wire.i32le(in) & 0xFFFFFFFFL);
        int manufacturer = Wire.u16le(in) | Wire.u8(in) << 16;
        byte[] data = new byte[6];
        in.get(data);
        return new OemTimestampedRecord(id, type, ts, manufacturer, data);
    }

    @Override
    public void encode(ByteBuffer out) {
        Wire.putU16le(out, recordId);
        out.put((byte) recordType);
        Wire.putI32le(out, (int) timestamp.seconds());
        Wire.putU16le(out, manufacturerId);
        out.put((byte) (manufacturerId >>> 16)).put(data, 0, 6);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OemTimestampedRecord r && r.recordId == recordId && r.recordType == recordType
                && r.timestamp.equals(timestamp) && r.manufacturerId == manufacturerId && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return recordId * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return String.format("OEM record %02Xh #%d %s manufacturer %d data %s",
                recordType, recordId, timestamp, manufacturerId, Wire.hex(data));
    }
}
