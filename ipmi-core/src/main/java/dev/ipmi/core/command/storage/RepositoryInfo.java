package dev.ipmi.core.command.storage;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * The 14 bytes Get SEL Info and Get SDR Repository Info share (IPMI v2.0 sections 31.2 and
 * 33.9).
 *
 * <pre>
 * version (BCD, 51h) | entries (2) | free bytes (2, FFFFh = 65535 or more) | last add (4) |
 * last erase (4) | b7 overflow, b6:5 SDR update modes, b3 delete, b2 partial add, b1 reserve, b0 allocation info
 * </pre>
 *
 * @param operationSupport the last byte as sent; named accessors below
 */
public record RepositoryInfo(int versionMajor, int versionMinor, int entries, int freeBytes, Timestamp lastAddition,
                             Timestamp lastErase, int operationSupport) {
    static final int LENGTH = 14;

    public boolean overflow() {
        return (operationSupport & 0x80) != 0;
    }

    public boolean supportsDelete() {
        return (operationSupport & 0x08) != 0;
    }

    public boolean supportsPartialAdd() {
        return (operationSupport & 0x04) != 0;
    }

    public boolean supportsReserve() {
        return (operationSupport & 0x02) != 0;
    }

    public boolean supportsAllocationInfo() {
        return (operationSupport & 0x01) != 0;
    }

    static RepositoryInfo decode(ByteBuffer in, String structure) throws MalformedPacketException {
        Wire.need(in, LENGTH, structure);
        int v = Wire.u8(in);
        return new RepositoryInfo(v & 0x0F, v >>> 4, Wire.u16le(in), Wire.u16le(in), Timestamp.decode(in),
                Timestamp.decode(in), Wire.u8(in));
    }

    void encode(ByteBuffer out) {
        out.put((byte) (versionMinor << 4 | versionMajor & 0x0F));
        Wire.putU16le(out, entries);
        Wire.putU16le(out, freeBytes);
        lastAddition.encode(out);
        lastErase.encode(out);
        out.put((byte) operationSupport);
    }
}
