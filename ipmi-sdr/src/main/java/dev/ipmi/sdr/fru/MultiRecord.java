package dev.ipmi.sdr.fru;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * One record of the multirecord area (FRU Information Storage Definition v1.0 §16) with its
 * data interpreted by type ({@link #content()}). Bad checksums are reported as warnings of the
 * {@link FruInventory} and in the two flags here; the data is kept either way.
 *
 * <pre>
 * 0 record type id (00h power supply, 01h DC output, ... C0h-FFh OEM)
 * 1 [7] end of list  [3:0] record format version (2)
 * 2 data length  3 data checksum  4 header checksum  5.. data
 * </pre>
 *
 * @param content the interpreted data; {@link RawMultiRecordContent} for types not interpreted
 *                and for data that is cut short, of another format version or too short for
 *                its type
 */
public record MultiRecord(int type, int formatVersion, boolean endOfList, byte[] data,
                          boolean dataChecksumValid, boolean headerChecksumValid, MultiRecordContent content) {
    /** The record format version this specification defines. */
    public static final int FORMAT_VERSION = 2;
    static final int HEADER = 5;

    public MultiRecord {
        data = data.clone();
    }

    /** A well-formed record (format version 2, correct checksums) holding {@code content}. */
    public static MultiRecord of(MultiRecordContent content, boolean endOfList) {
        ByteBuffer data = ByteBuffer.allocate(content.encodedLength());
        content.encode(data);
        return new MultiRecord(content.type(), FORMAT_VERSION, endOfList, data.array(), true, true, content);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    public int encodedLength() {
        return HEADER + data.length;
    }

    /** The header, with checksums computed, and the data. */
    public void encode(ByteBuffer out) {
        byte[] h = {(byte) type, (byte) ((endOfList ? 0x80 : 0) | formatVersion & 0x0F), (byte) data.length,
            (byte) -sum(data, data.length), 0};
        h[4] = (byte) -sum(h, 4);
        out.put(h).put(data);
    }

    private static int sum(byte[] b, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += b[i];
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MultiRecord r && r.type == type && r.formatVersion == formatVersion
                && r.endOfList == endOfList && r.dataChecksumValid == dataChecksumValid
                && r.headerChecksumValid == headerChecksumValid && Arrays.equals(r.data, data)
                && r.content.equals(content);
    }

    @Override
    public int hashCode() {
        return type * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return String.format("MultiRecord[%s%s%s]", content, dataChecksumValid ? "" : ", bad data checksum",
                headerChecksumValid ? "" : ", bad header checksum");
    }
}
