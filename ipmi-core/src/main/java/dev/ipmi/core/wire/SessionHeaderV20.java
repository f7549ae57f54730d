package dev.ipmi.core.wire;

import dev.ipmi.core.MalformedPacketException;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * The IPMI 2.0 / RMCP+ session header (IPMI v2.0 section 13.6, table 13-8, "IPMI v2.0 RMCP+
 * Session" format; payload types in section 13.27.3, table 13-16). Multi-byte fields are
 * little-endian.
 *
 * <pre>
 *  byte 0       1                      [2..5]     [6..7]      next 4      next 4      next 2
 *  +----------+----------------------+----------+-----------+-----------+-----------+----------+
 *  | 06h      | [7] encrypted        | OEM IANA | OEM       | session ID| session   | payload  |
 *  | auth type| [6] authenticated    | (LE)     | payload ID| (LE)      | sequence  | length   |
 *  | RMCP+    | [5:0] payload type   | only for payload     |           | (LE)      | (LE)     |
 *  |          |                      | type 02h (OEM explicit)          |           |          |
 *  +----------+----------------------+----------+-----------+-----------+-----------+----------+
 *  then the payload (ciphertext when encrypted), then for authenticated packets the
 *  {@link SessionTrailerV20 integrity trailer}
 * </pre>
 *
 * <pre>{@code
 * SessionHeaderV20 h = SessionHeaderV20.decode(in);
 * ByteBuffer payload = in.slice(in.position(), h.payloadLength());
 * }</pre>
 *
 * @param payloadType          what the payload is
 * @param encrypted            the payload is encrypted with the session's confidentiality algorithm
 * @param authenticated        an integrity trailer follows the payload
 * @param oemEnterpriseNumber  OEM IANA number; 0 unless {@code payloadType} is OEM explicit
 * @param oemPayloadId         OEM payload ID (16 bits); 0 unless {@code payloadType} is OEM explicit
 * @param sessionId            the receiver's session ID, 0 outside a session
 * @param sequenceNumber       session sequence number, 0 outside a session
 * @param payloadLength        bytes of payload that follow (0-65535)
 */
public record SessionHeaderV20(PayloadType payloadType, boolean encrypted, boolean authenticated,
        int oemEnterpriseNumber, int oemPayloadId, int sessionId, int sequenceNumber, int payloadLength) {
    private static final String NAME = "IPMI 2.0 session header";

    public SessionHeaderV20 {
        Objects.requireNonNull(payloadType, "payloadType");
        if (!payloadType.equals(PayloadType.OEM_EXPLICIT) && (oemEnterpriseNumber != 0 || oemPayloadId != 0)) {
            throw new IllegalArgumentException("OEM IANA and payload ID only go with payload type 02h");
        }
        if (oemPayloadId < 0 || oemPayloadId > 0xFFFF) {
            throw new IllegalArgumentException("OEM payload ID is 16 bits: " + oemPayloadId);
        }
        if (payloadLength < 0 || payloadLength > 0xFFFF) {
            throw new IllegalArgumentException("IPMI 2.0 payload length is 16 bits: " + payloadLength);
        }
    }

    /** An unauthenticated, unencrypted header outside a session: Open Session and RAKP messages. */
    public static SessionHeaderV20 sessionless(PayloadType payloadType, int payloadLength) {
        return new SessionHeaderV20(payloadType, false, false, 0, 0, 0, 0, payloadLength);
    }

    /**
     * Whether the session header at {@code in}'s position is an IPMI 2.0 one (auth type 06h)
     * rather than IPMI 1.5; does not move the position. The two share the RMCP class, so this
     * byte is how a receiver tells them apart.
     */
    public static boolean isNext(ByteBuffer in) {
        return in.hasRemaining() && (in.get(in.position()) & 0x0F) == AuthType.RMCP_PLUS.code();
    }

    /**
     * Reads the header and checks that {@code payloadLength} bytes follow. Requires auth type
     * 06h (the reserved upper nibble is ignored).
     */
    public static SessionHeaderV20 decode(ByteBuffer in) throws MalformedPacketException {
        Wire.need(in, 12, NAME);
        int typeByte = Wire.u8(in);
        if ((typeByte & 0x0F) != AuthType.RMCP_PLUS.code()) {
            throw new MalformedPacketException(String.format("%s: auth type %02Xh, want 06h", NAME, typeByte));
        }
        int payloadByte = Wire.u8(in);
        PayloadType type = PayloadType.of(payloadByte);
        int iana = 0;
        int oemId = 0;
        if (type.equals(PayloadType.OEM_EXPLICIT)) {
            Wire.need(in, 16, NAME);
            iana = Wire.i32le(in);
            oemId = Wire.u16le(in);
        }
        int sessionId = Wire.i32le(in);
        int sequence = Wire.i32le(in);
        int length = Wire.u16le(in);
        Wire.need(in, length, NAME + " payload");
        return new SessionHeaderV20(type, (payloadByte & 0x80) != 0, (payloadByte & 0x40) != 0, iana, oemId,
                sessionId, sequence, length);
    }

    public void encode(ByteBuffer out) {
        out.put((byte) AuthType.RMCP_PLUS.code());
        out.put((byte) (payloadType.value() | (encrypted ? 0x80 : 0) | (authenticated ? 0x40 : 0)));
        if (payloadType.equals(PayloadType.OEM_EXPLICIT)) {
            Wire.putI32le(out, oemEnterpriseNumber);
            Wire.putU16le(out, oemPayloadId);
        }
        Wire.putI32le(out, sessionId);
        Wire.putI32le(out, sequenceNumber);
        Wire.putU16le(out, payloadLength);
    }

    public int encodedLength() {
        return payloadType.equals(PayloadType.OEM_EXPLICIT) ? 18 : 12;
    }

    @Override
    public String toString() {
        return String.format("SessionHeaderV20[payloadType=%s%s%s%s, sessionId=0x%08x, sequenceNumber=0x%08x, payloadLength=%d]",
                payloadType, encrypted ? ", encrypted" : "", authenticated ? ", authenticated" : "",
                payloadType.equals(PayloadType.OEM_EXPLICIT)
                        ? String.format(", oem=%d/0x%04x", oemEnterpriseNumber, oemPayloadId) : "",
                sessionId, sequenceNumber, payloadLength);
    }
}
