package dev.ipmi.sdr.sel;

import dev.ipmi.core.wire.Wire;
import java.util.Arrays;

/**
 * SEL record types E0h-FFh (IPMI v2.0 rev 1.1 §32.3): 13 bytes of OEM data, no timestamp.
 */
public record OemNonTimestampedRecord(int recordId, int recordType, byte[] data) implements SelRecord {
    public OemNonTimestampedRecord {
        data = data.clone();
    }

    @Override
    public void encode(java.nio.ByteBuffer out) {
        Wire.putU16le(out, recordId);
        out.put((byte) recordType).put(data, 0, 13);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OemNonTimestampedRecord r && r.recordId == recordId
                && r.recordType == recordType && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return recordId * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return String.format("OEM record %02Xh #%d data %s", recordType, recordId, Wire.hex(data));
    }
}
