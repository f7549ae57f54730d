package dev.ipmi.sdr;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/** An SDR of a type this library does not decode, kept as its body bytes. */
public record UnknownRecord(SdrHeader header, byte[] body) implements SdrRecord {

    public UnknownRecord {
        body = body.clone();
    }

    static UnknownRecord decodeBody(SdrHeader header, ByteBuffer b) throws MalformedPacketException {
        return new UnknownRecord(header, Wire.bytes(b, b.remaining(), "SDR body"));
    }

    @Override
    public void encode(ByteBuffer out) {
        SdrRecord.encodeHeader(header, body.length, out);
        out.put(body);
    }

    @Override
    public int encodedLength() {
        return SdrHeader.LENGTH + body.length;
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnknownRecord r && r.header.equals(header) && java.util.Arrays.equals(r.body, body);
    }

    @Override
    public int hashCode() {
        return header.hashCode() * 31 + java.util.Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "UnknownRecord[" + header + ", " + Wire.hex(body) + "]";
    }
}
