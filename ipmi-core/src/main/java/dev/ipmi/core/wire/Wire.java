package dev.ipmi.core.wire;

import dev.ipmi.core.MalformedPacketException;
import java.nio.ByteBuffer;

/**
 * Small helpers every decoder uses so that bad input becomes a {@link MalformedPacketException}
 * with a useful message rather than a {@code BufferUnderflowException}.
 */
public final class Wire {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Wire() {}

    /** Throws unless {@code in} has at least {@code wanted} bytes left. */
    public static void need(ByteBuffer in, int wanted, String structure) throws MalformedPacketException {
        if (in.remaining() < wanted) {
            throw new MalformedPacketException(structure + ": want " + wanted + " bytes, got " + in.remaining());
        }
    }

    /** Reads one unsigned byte. */
    public static int u8(ByteBuffer in) {
        return in.get() & 0xFF;
    }

    /** Reads a little-endian unsigned 16-bit value (IPMI's multi-byte fields are little-endian). */
    public static int u16le(ByteBuffer in) {
        int lo = in.get() & 0xFF;
        return lo | (in.get() & 0xFF) << 8;
    }

    /** Reads a little-endian 32-bit value. */
    public static int i32le(ByteBuffer in) {
        int b0 = in.get() & 0xFF;
        int b1 = in.get() & 0xFF;
        int b2 = in.get() & 0xFF;
        return b0 | b1 << 8 | b2 << 16 | (in.get() & 0xFF) << 24;
    }

    /** Reads a big-endian 32-bit value (RMCP / ASF fields), whatever the buffer's byte order. */
    public static int i32be(ByteBuffer in) {
        int b0 = in.get() & 0xFF;
        int b1 = in.get() & 0xFF;
        int b2 = in.get() & 0xFF;
        return b0 << 24 | b1 << 16 | b2 << 8 | in.get() & 0xFF;
    }

    /** Writes a big-endian 32-bit value, whatever the buffer's byte order. */
    public static void putI32be(ByteBuffer out, int value) {
        out.put((byte) (value >>> 24)).put((byte) (value >>> 16)).put((byte) (value >>> 8)).put((byte) value);
    }

    /** Writes a little-endian 16-bit value. */
    public static void putU16le(ByteBuffer out, int value) {
        out.put((byte) value).put((byte) (value >>> 8));
    }

    /** Writes a little-endian 32-bit value. */
    public static void putI32le(ByteBuffer out, int value) {
        out.put((byte) value).put((byte) (value >>> 8)).put((byte) (value >>> 16)).put((byte) (value >>> 24));
    }

    /**
     * The IPMI 2's complement checksum of {@code length} bytes starting at absolute index
     * {@code from} (IPMI v2.0 section 13.8): the byte that makes the covered bytes sum to zero
     * modulo 256. Does not move the buffer's position.
     */
    public static int checksum(ByteBuffer buf, int from, int length) {
        int sum = 0;
        for (int i = from; i < from + length; i++) {
            sum += buf.get(i);
        }
        return -sum & 0xFF;
    }

    /** Reads {@code n} bytes into a new array after checking they are there. */
    public static byte[] bytes(ByteBuffer in, int n, String structure) throws MalformedPacketException {
        need(in, n, structure);
        byte[] b = new byte[n];
        in.get(b);
        return b;
    }

    /** Lower-case hex of the bytes, no separators. */
    public static String hex(byte[] bytes) {
        return hex(bytes, 0, bytes.length);
    }

    /** Lower-case hex of a slice, no separators. */
    public static String hex(byte[] bytes, int offset, int length) {
        char[] c = new char[length * 2];
        for (int i = 0; i < length; i++) {
            int v = bytes[offset + i] & 0xFF;
            c[2 * i] = HEX[v >>> 4];
            c[2 * i + 1] = HEX[v & 0x0F];
        }
        return new String(c);
    }

    /** Lower-case hex of the remaining bytes of a buffer, without moving its position. */
    public static String hex(ByteBuffer buf) {
        byte[] b = new byte[buf.remaining()];
        buf.duplicate().get(b);
        return hex(b);
    }

    /** Parses hex (whitespace and colons ignored) into bytes; for tests, fixtures and the CLI. */
    public static byte[] unhex(CharSequence text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (!Character.isWhitespace(ch) && ch != ':') {
                s.append(ch);
            }
        }
        if (s.length() % 2 != 0) {
            throw new IllegalArgumentException("odd number of hex digits");
        }
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(s.charAt(2 * i), 16);
            int lo = Character.digit(s.charAt(2 * i + 1), 16);
            if (hi < 0 || lo < 0) {
                throw new IllegalArgumentException("not a hex digit near offset " + 2 * i);
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }
}
