package dev.ipmi.sdr.sel;

import dev.ipmi.core.wire.Wire;
import java.util.Arrays;

/** A SEL record of a reserved type (neither 02h nor C0h-FFh), kept as its 13 data bytes. */
public record UnknownSelRecord(int recordId, int recordType, byte[] data) implements SelRecord {
    public UnknownSelRecord {
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
        return o instanceof UnknownSelRecord r && r.recordId == recordId && r.recordType == recordType
                && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return recordId * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return String.format("SEL record type %02Xh #%d data %s", recordType, recordId, Wire.hex(data));
    }
}
