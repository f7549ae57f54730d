package dev.ipmi.sdr.fru;

import dev.ipmi.core.wire.Wire;
import java.util.Arrays;

/**
 * One record of the multirecord area (FRU Information Storage Definition §16).
 *
 * <pre>
 * 0 record type id (00h power supply, 01h DC output, ... C0h-FFh OEM)
 * 1 [7] end of list  [3:0] format version (2)
 * 2 data length  3 data checksum  4 header checksum  5.. data
 * </pre>
 */
public record MultiRecord(int type, int formatVersion, boolean endOfList, byte[] data,
                          boolean checksumValid) {
    public MultiRecord {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultiRecord r && r.type == type && r.formatVersion == formatVersion
                && r.endOfList == endOfList && r.checksumValid == checksumValid && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return type * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return String.format("MultiRecord[type 0x%02X, %s%s]", type, Wire.hex(data),
                checksumValid ? "" : ", bad checksum");
    }
}
