package dev.ipmi.sdr.sel;

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
public record OemTimestampedRecord(int recordId, int recordType, SelTimestamp timestamp,
                                   int manufacturerId, byte[] data) implements SelRecord {
    public OemTimestampedRecord {
        data = data.clone();
    }

    static OemTimestampedRecord decodeBody(int id, int type, ByteBuffer in) {
        SelTimestamp ts = SelTimestamp.of(Wire.i32le(in));
        int manufacturer = Wire.u16le(in) | Wire.u8(in) << 16;
        byte[] data = new byte[6];
        in.get(data);
        return new OemTimestampedRecord(id, type, ts, manufacturer, data);
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
