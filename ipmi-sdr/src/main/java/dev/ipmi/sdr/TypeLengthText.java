package dev.ipmi.sdr;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A type/length byte and the text after it: SDR ID strings (IPMI v2.0 §43.15) and FRU fields
 * (FRU Information Storage Definition §13).
 *
 * <pre>
 *  7   6   5   4   3   2   1   0
 * +-------+-------------------+
 * | type  | length (bytes)    |   SDR: length in bits 4:0; FRU: bits 5:0
 * +-------+-------------------+
 * | data ...                  |
 * </pre>
 *
 * <p>The raw bytes are kept so a caller can tell a 6-bit packed "CPU" from an 8-bit one, and so
 * that binary FRU fields stay usable.
 */
public final class TypeLengthText {
    private static final char[] BCD_PLUS = "0123456789 -.???".toCharArray();

    private final TextEncoding encoding;
    private final byte[] data;
    private final String text;

    private TypeLengthText(TextEncoding encoding, byte[] data) {
        this.encoding = encoding;
        this.data = data;
        this.text = render(encoding, data);
    }

    /** A field built from already separated parts (tests, synthetic records). */
    public static TypeLengthText of(TextEncoding encoding, byte[] data) {
        return new TypeLengthText(encoding, data.clone());
    }

    /**
     * An SDR ID string: type in bits 7:6 (00b Unicode), length in bits 4:0 capped at
     * {@code maxBytes} (the record's ID field size) because BMCs are known to overstate it.
     */
    public static TypeLengthText decodeSdr(ByteBuffer in, int maxBytes, String structure)
            throws MalformedPacketException {
        // Messages are built only on failure: this runs for every record of every SDR scan.
        if (!in.hasRemaining()) {
            throw new MalformedPacketException(structure + " ID string type/length: want 1 bytes, got 0");
        }
        int typeLength = Wire.u8(in);
        int length = Math.min(typeLength & 0x1F, Math.min(maxBytes, in.remaining()));
        TextEncoding encoding = switch (typeLength >>> 6) {
            case 0 -> TextEncoding.UNICODE;
            case 1 -> TextEncoding.BCD_PLUS;
            case 2 -> TextEncoding.ASCII_6BIT;
            default -> TextEncoding.LATIN_1;
        };
        byte[] text = new byte[length]; // within in.remaining(): capped above
        in.get(text);
        return new TypeLengthText(encoding, text);
    }

    /**
     * A FRU field: type in bits 7:6 (00b binary), length in bits 5:0. {@code english} selects
     * Latin-1 (true) or Unicode for type 11b. The caller has already ruled out the C1h end marker.
     */
    public static TypeLengthText decodeFru(ByteBuffer in, boolean english, String structure)
            throws MalformedPacketException {
        Wire.need(in, 1, structure + " type/length");
        int typeLength = Wire.u8(in);
        int length = typeLength & 0x3F;
        Wire.need(in, length, structure);
        TextEncoding encoding = switch (typeLength >>> 6) {
            case 0 -> TextEncoding.BINARY;
            case 1 -> TextEncoding.BCD_PLUS;
            case 2 -> TextEncoding.ASCII_6BIT;
            default -> english ? TextEncoding.LATIN_1 : TextEncoding.UNICODE;
        };
        return new TypeLengthText(encoding, Wire.bytes(in, length, structure));
    }

    /** Writes the SDR form: type/length byte (type 00b for Unicode, length in bits 4:0) and data. */
    public void encodeSdr(ByteBuffer out) {
        int type = switch (encoding) {
            case UNICODE, BINARY -> 0;
            case BCD_PLUS -> 1;
            case ASCII_6BIT -> 2;
            case LATIN_1 -> 3;
        };
        int length = Math.min(data.length, 0x1F);
        out.put((byte) (type << 6 | length));
        out.put(data, 0, length);
    }

    /** The bytes {@link #encodeSdr} writes. */
    public int sdrLength() {
        return 1 + Math.min(data.length, 0x1F);
    }

    public TextEncoding encoding() {
        return encoding;
    }

    /** The bytes after the type/length byte. */
    public byte[] data() {
        return data.clone();
    }

    /** The decoded text; binary data as lower-case hex. */
    public String text() {
        return text;
    }

    private static String render(TextEncoding encoding, byte[] data) {
        return switch (encoding) {
            case UNICODE -> new String(data, 0, data.length & ~1, StandardCharsets.UTF_16LE);
            case BINARY -> Wire.hex(data);
            case BCD_PLUS -> bcdPlus(data);
            case ASCII_6BIT -> sixBit(data);
            // Fields are often padded with NULs to a fixed width; the padding is not text.
            case LATIN_1 -> stripNuls(new String(data, StandardCharsets.ISO_8859_1));
        };
    }

    private static String bcdPlus(byte[] data) {
        StringBuilder sb = new StringBuilder(data.length * 2);
        for (byte b : data) {
            // High nibble first: the first character is the most significant digit.
            sb.append(BCD_PLUS[(b >>> 4) & 0x0F]).append(BCD_PLUS[b & 0x0F]);
        }
        return sb.toString();
    }

    private static String sixBit(byte[] data) {
        int chars = data.length * 8 / 6;
        StringBuilder sb = new StringBuilder(chars);
        for (int i = 0; i < chars; i++) {
            // Characters are packed least significant bit first across byte boundaries.
            int bit = i * 6;
            int lo = data[bit / 8] & 0xFF;
            int hi = bit / 8 + 1 < data.length ? data[bit / 8 + 1] & 0xFF : 0;
            int value = ((lo | (hi << 8)) >>> (bit % 8)) & 0x3F;
            sb.append((char) (0x20 + value));
        }
        return sb.toString().stripTrailing();
    }

    private static String stripNuls(String s) {
        int end = s.indexOf('\0');
        return end < 0 ? s : s.substring(0, end);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TypeLengthText t && t.encoding == encoding && Arrays.equals(t.data, data);
    }

    @Override
    public int hashCode() {
        return encoding.hashCode() * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return text;
    }
}
