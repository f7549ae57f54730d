package dev.ipmi.core.wire;

import dev.ipmi.core.MalformedPacketException;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * The ASF message header that follows an RMCP header of class ASF (DSP0136 ASF 2.0 section
 * 3.2.4). Multi-byte ASF fields are big-endian.
 *
 * <pre>
 *  byte 0..3                4              5     6         7
 *  +-----------------------+--------------+-----+---------+-------------+---------------+
 *  | IANA enterprise number| message type | tag | reserved| data length | data ...      |
 *  | 00 00 11 BE (4542)    |              |     | 00h     | n           | n bytes       |
 *  +-----------------------+--------------+-----+---------+-------------+---------------+
 * </pre>
 *
 * Decoders of a concrete message ({@link PresencePing}, {@link PresencePong}) read this header
 * themselves; a dispatcher peeks at it with {@code AsfMessage.decode(in.duplicate())}.
 *
 * @param enterpriseNumber IANA enterprise number; {@value #ASF_IANA} for the standard messages
 * @param type             message type
 * @param tag              message tag, echoed by the answer to match it to its request
 * @param dataLength       bytes of data after the header
 */
public record AsfMessage(int enterpriseNumber, AsfMessageType type, int tag, int dataLength) {
    /** The ASF IANA enterprise number, 4542 (00 00 11 BEh). */
    public static final int ASF_IANA = 4542;
    /** Encoded size of the header alone. */
    public static final int LENGTH = 8;

    private static final String NAME = "ASF message";

    public AsfMessage {
        Objects.requireNonNull(type, "type");
        if (tag < 0 || tag > 0xFF) {
            throw new IllegalArgumentException("ASF message tag is one byte: " + tag);
        }
        if (dataLength < 0 || dataLength > 0xFF) {
            throw new IllegalArgumentException("ASF data length is one byte: " + dataLength);
        }
    }

    /** Reads the 8-byte header and checks that the announced data is present. */
    public static AsfMessage decode(ByteBuffer in) throws MalformedPacketException {
        Wire.need(in, LENGTH, NAME);
        int iana = Wire.i32be(in);
        AsfMessageType type = AsfMessageType.of(Wire.u8(in));
        int tag = Wire.u8(in);
        in.get(); // reserved
        int length = Wire.u8(in);
        Wire.need(in, length, NAME + " data");
        return new AsfMessage(iana, type, tag, length);
    }

    public void encode(ByteBuffer out) {
        Wire.putI32be(out, enterpriseNumber);
        out.put((byte) type.value()).put((byte) tag).put((byte) 0).put((byte) dataLength);
    }

    public int encodedLength() {
        return LENGTH;
    }
}
