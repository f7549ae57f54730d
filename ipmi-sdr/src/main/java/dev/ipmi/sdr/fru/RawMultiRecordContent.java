package dev.ipmi.sdr.fru;

import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The data of a multirecord this library does not interpret, as stored: OEM records (C0h-FFh,
 * whose first three bytes are the manufacturer's IANA number, least significant first), ASF
 * and extended DC records, reserved type ids.
 */
public record RawMultiRecordContent(int type, byte[] data) implements MultiRecordContent {
    public RawMultiRecordContent {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** True for the OEM type ids C0h-FFh. */
    public boolean oem() {
        return type >= 0xC0;
    }

    @Override
    public int encodedLength() {
        return data.length;
    }

    @Override
    public void encode(ByteBuffer out) {
        out.put(data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawMultiRecordContent r && r.type == type && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return type * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return String.format("RawMultiRecordContent[type 0x%02X, %s]", type, Wire.hex(data));
    }
}
