package dev.ipmi.core.wire;

import dev.ipmi.core.MalformedPacketException;
import java.nio.ByteBuffer;

/**
 * ASF Presence Pong (DSP0136 ASF 2.0 section 3.2.4.3): the answer to a {@link PresencePing},
 * telling whether the target supports IPMI. An {@link AsfMessage} of type 40h with 16 data bytes.
 *
 * <pre>
 *  ASF header: 00 00 11 BE | 40h | tag | 00h | 10h (16 data bytes)
 *  data:
 *  byte 0..3    IANA enterprise number (4542 unless OEM-specific things are defined), big-endian
 *  byte 4..7    OEM-defined
 *  byte 8       supported entities:     [7] IPMI supported, [6:4] reserved, [3:0] ASF version (1 = 1.0)
 *  byte 9       supported interactions: [7] RMCP security extensions, [6] reserved,
 *                                       [5] DASH (DSP0232), [4:0] reserved
 *  byte 10..15  reserved
 * </pre>
 *
 * Reserved bits are ignored when decoding and written as zero.
 *
 * @param tag                     the tag of the ping this answers
 * @param enterpriseNumber        IANA number of the entity defining {@code oemDefined}
 * @param oemDefined              4 OEM-defined bytes as a big-endian int
 * @param ipmiSupported           the target speaks IPMI over RMCP
 * @param asfVersion              the 4-bit ASF version code (1 = ASF 1.0)
 * @param rmcpSecurityExtensions  the target supports the RMCP security extensions (RSSP / RAKP)
 * @param dashSupported           the target supports DASH
 */
public record PresencePong(int tag, int enterpriseNumber, int oemDefined, boolean ipmiSupported, int asfVersion,
        boolean rmcpSecurityExtensions, boolean dashSupported) {
    /** Bytes of data after the ASF header. */
    public static final int DATA_LENGTH = 16;

    private static final String NAME = "Presence Pong";

    public PresencePong {
        if (tag < 0 || tag > 0xFF) {
            throw new IllegalArgumentException("ASF message tag is one byte: " + tag);
        }
        if (asfVersion < 0 || asfVersion > 0x0F) {
            throw new IllegalArgumentException("ASF version is 4 bits: " + asfVersion);
        }
    }

    /** Reads the ASF header and the 16 data bytes; requires type 40h and at least 16 data bytes. */
    public static PresencePong decode(ByteBuffer in) throws MalformedPacketException {
        AsfMessage h = AsfMessage.decode(in);
        if (h.enterpriseNumber() != AsfMessage.ASF_IANA || !h.type().equals(AsfMessageType.PRESENCE_PONG)) {
            throw new MalformedPacketException(String.format("%s: IANA %d type %s", NAME, h.enterpriseNumber(), h.type()));
        }
        if (h.dataLength() < DATA_LENGTH) {
            throw new MalformedPacketException(NAME + ": want " + DATA_LENGTH + " data bytes, got " + h.dataLength());
        }
        int end = in.position() + h.dataLength();
        int iana = Wire.i32be(in);
        int oem = Wire.i32be(in);
        int entities = Wire.u8(in);
        int interactions = Wire.u8(in);
        in.position(end);
        return new PresencePong(h.tag(), iana, oem, (entities & 0x80) != 0, entities & 0x0F,
                (interactions & 0x80) != 0, (interactions & 0x20) != 0);
    }

    public void encode(ByteBuffer out) {
        new AsfMessage(AsfMessage.ASF_IANA, AsfMessageType.PRESENCE_PONG, tag, DATA_LENGTH).encode(out);
        Wire.putI32be(out, enterpriseNumber);
        Wire.putI32be(out, oemDefined);
        out.put((byte) ((ipmiSupported ? 0x80 : 0) | asfVersion));
        out.put((byte) ((rmcpSecurityExtensions ? 0x80 : 0) | (dashSupported ? 0x20 : 0)));
        for (int i = 0; i < 6; i++) {
            out.put((byte) 0); // reserved
        }
    }

    public int encodedLength() {
        return AsfMessage.LENGTH + DATA_LENGTH;
    }
}
