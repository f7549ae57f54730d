package dev.ipmi.core.command;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * An immutable run of bytes with value equality, for the opaque fields of command records
 * (GUIDs, raw configuration parameters, FRU and SDR data) so that the records stay plain
 * values. Prints as hex; never use it for secrets.
 */
public final class Octets {
    public static final Octets EMPTY = new Octets(new byte[0]);

    private final byte[] bytes;

    private Octets(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A copy of {@code bytes}. */
    public static Octets of(byte... bytes) {
        return new Octets(bytes.clone());
    }

    /** Parses hex digits (whitespace and colons ignored). */
    public static Octets ofHex(String hex) {
        return new Octets(Wire.unhex(hex));
    }

    /** Reads exactly {@code n} bytes, throwing when fewer remain. */
    public static Octets read(ByteBuffer in, int n, String structure) throws MalformedPacketException {
        return new Octets(Wire.bytes(in, n, structure));
    }

    /** Reads everything that remains. */
    public static Octets readRemaining(ByteBuffer in) {
        byte[] b = new byte[in.remaining()];
        in.get(b);
        return new Octets(b);
    }

    public int length() {
        return bytes.length;
    }

    /** The byte at {@code index}, unsigned. */
    public int get(int index) {
        return bytes[index] & 0xFF;
    }

    public byte[] toByteArray() {
        return bytes.clone();
    }

    public void writeTo(ByteBuffer out) {
        out.put(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Octets other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return Wire.hex(bytes);
    }
}
