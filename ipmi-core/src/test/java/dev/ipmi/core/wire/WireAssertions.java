package dev.ipmi.core.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ipmi.core.MalformedPacketException;
import java.nio.ByteBuffer;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/** Table-test helpers: hex against record, both ways. */
final class WireAssertions {
    private WireAssertions() {}

    /** What a decoder looks like to the tests. */
    @FunctionalInterface
    interface Decoder<T> {
        T decode(ByteBuffer in) throws MalformedPacketException;
    }

    /**
     * Decodes {@code hex} and compares with {@code expected}; when {@code expected} is null the
     * decoder must throw {@link MalformedPacketException}. Returns the decoded value (or null).
     */
    static <T> T assertDecodes(String hex, T expected, Decoder<T> decoder) throws MalformedPacketException {
        ByteBuffer in = ByteBuffer.wrap(Wire.unhex(hex));
        if (expected == null) {
            assertThrows(MalformedPacketException.class, () -> decoder.decode(in), hex);
            return null;
        }
        T got = decoder.decode(in);
        assertEquals(expected, got, hex);
        return got;
    }

    /** Encodes {@code value} into a buffer of exactly {@code length} bytes and compares with {@code hex}. */
    static <T> void assertEncodes(T value, String hex, ToIntFunction<T> length, Encoder<T> encoder) {
        byte[] want = Wire.unhex(hex);
        assertEquals(want.length, length.applyAsInt(value), "encodedLength of " + value);
        ByteBuffer out = ByteBuffer.allocate(want.length);
        encoder.encode(value, out);
        assertEquals(0, out.remaining(), "encode wrote fewer bytes than encodedLength");
        assertEquals(Wire.hex(want), Wire.hex(out.array()), "encoding of " + value);
    }

    /** Encodes into a fresh buffer and returns the bytes. */
    static byte[] encode(int length, Consumer<ByteBuffer> encoder) {
        ByteBuffer out = ByteBuffer.allocate(length);
        encoder.accept(out);
        assertEquals(0, out.remaining(), "encoded length");
        return out.array();
    }

    /** An instance encoder. */
    @FunctionalInterface
    interface Encoder<T> {
        void encode(T value, ByteBuffer out);
    }
}
