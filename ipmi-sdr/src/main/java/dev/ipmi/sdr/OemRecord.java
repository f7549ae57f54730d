package dev.ipmi.sdr;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * SDR type C0h, OEM Record (IPMI v2.0 rev 1.1 §43.12, table 43-12).
 *
 * <pre>
 * body  0  manufacturer id (IANA, LE24)  3.. OEM data
 * </pre>
 */
public record OemRecord(SdrHeader header, int manufacturerId, byte[] data) implements SdrRecord {

    public OemRecord {
        data = data.clone();
    }

    static OemRecord decodeBody(SdrHeader header, ByteBuffer b) throws MalformedPacketException {
        header.need(b, 3, "OEM record");
        int manufacturer = Wire.u16le(b) | Wire.u8(b) << 16;
        return new OemRecord(header, manufacturer, Wire.bytes(b, b.remaining(), "OEM record data"));
    }

    @Override
    public void encode(ByteBuffer out) {
        SdrRecord.encodeHeader(header, 3 + data.length, out);
        Wire.putU16le(out, manufacturerId);
        out.put((byte) (manufacturerId >>> 16)).put(data);
    }

    @Override
    public int encodedLength() {
        return SdrHeader.LENGTH + 3 + data.length;
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OemRecord r && r.header.equals(header)
                && r.manufacturerId == manufacturerId && java.util.Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return header.hashCode() * 31 + java.util.Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "OemRecord[" + header + ", manufacturer " + manufacturerId + ", " + Wire.hex(data) + "]";
    }
}
