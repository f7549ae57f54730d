package dev.ipmi.sdr.fru;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Management Access multirecord, type 03h (FRU Information Storage Definition v1.0 §18.4): a
 * URL, name or ping address of the system or component, or the system's unique ID.
 *
 * <pre>
 * 0   sub-record type (01h-07h, {@link ManagementAccessType})
 * 1.. value: ASCII text, or 16 bytes for the system unique ID
 * </pre>
 */
public record ManagementAccess(ManagementAccessType kind, byte[] value) implements MultiRecordContent {
    public static final int TYPE = 0x03;

    public ManagementAccess {
        value = value.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    /** The value as text (8-bit ASCII, trailing NULs dropped); meaningful when {@link ManagementAccessType#text()}. */
    public String text() {
        int n = value.length;
        while (n > 0 && value[n - 1] == 0) {
            n--;
        }
        return new String(value, 0, n, StandardCharsets.ISO_8859_1);
    }

    static ManagementAccess decode(ByteBuffer in) throws MalformedPacketException {
        Wire.need(in, 1, "Management access multirecord");
        ManagementAccessType kind = ManagementAccessType.of(Wire.u8(in));
        return new ManagementAccess(kind, Wire.bytes(in, in.remaining(), "Management access multirecord"));
    }

    @Override
    public int type() {
        return TYPE;
    }

    @Override
    public int encodedLength() {
        return 1 + value.length;
    }

    @Override
    public void encode(ByteBuffer out) {
        out.put((byte) kind.value()).put(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ManagementAccess m && m.kind.equals(kind) && Arrays.equals(m.value, value);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return "ManagementAccess[" + kind + ": " + (kind.text() ? text() : Wire.hex(value)) + "]";
    }
}
