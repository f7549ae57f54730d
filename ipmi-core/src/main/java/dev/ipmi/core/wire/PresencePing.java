package dev.ipmi.core.wire;

import dev.ipmi.core.MalformedPacketException;
import java.nio.ByteBuffer;

/**
 * ASF Presence Ping (DSP0136 ASF 2.0 section 3.2.4.2): asks a target whether it answers RMCP,
 * and whether it supports IPMI. It is an {@link AsfMessage} header of type 80h with no data.
 *
 * <pre>
 *  +-------------+------+-----+----------+-------------+
 *  | 00 00 11 BE | 80h  | tag | 00h      | 00h         |
 *  | IANA (ASF)  | type |     | reserved | data length |
 *  +-------------+------+-----+----------+-------------+
 * </pre>
 *
 * <pre>{@code
 * RmcpHeader.asf().encode(out);
 * new PresencePing(tag).encode(out);        // 06 00 ff 06 00 00 11 be 80 tag 00 00
 * }</pre>
 *
 * @param tag echoed by the pong, so concurrent pings can be told apart
 */
public record PresencePing(int tag) {
    private static final String NAME = "Presence Ping";

    public PresencePing {
        if (tag < 0 || tag > 0xFF) {
            throw new IllegalArgumentException("ASF message tag is one byte: " + tag);
        }
    }

    /** Reads the ASF header; requires the ASF IANA number and type 80h. Data bytes, if any, are skipped. */
    public static PresencePing decode(ByteBuffer in) throws MalformedPacketException {
        AsfMessage h = AsfMessage.decode(in);
        if (h.enterpriseNumber() != AsfMessage.ASF_IANA || !h.type().equals(AsfMessageType.PRESENCE_PING)) {
            throw new MalformedPacketException(String.format("%s: IANA %d type %s", NAME, h.enterpriseNumber(), h.type()));
        }
        in.position(in.position() + h.dataLength());
        return new PresencePing(h.tag());
    }

    public void encode(ByteBuffer out) {
        new AsfMessage(AsfMessage.ASF_IANA, AsfMessageType.PRESENCE_PING, tag, 0).encode(out);
    }

    public int encodedLength() {
        return AsfMessage.LENGTH;
    }
}
