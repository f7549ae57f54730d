package dev.ipmi.core.wire;

import dev.ipmi.core.MalformedPacketException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * The IPMI 1.5 session header (IPMI v2.0 section 13.6, table 13-8, "IPMI v1.5 LAN Session"
 * format), which follows an RMCP header of class IPMI. Multi-byte fields are little-endian.
 *
 * <pre>
 *  byte 0          1..4              5..8          9..24                  next
 *  +-------------+-----------------+-------------+----------------------+----------------+
 *  | auth type   | session sequence| session ID  | auth code, 16 bytes  | payload length |
 *  | [3:0] type  | number (LE)     | (LE)        | only if auth type    | 1 byte         |
 *  | [7:4] rsvd  |                 |             | is not NONE          |                |
 *  +-------------+-----------------+-------------+----------------------+----------------+
 *  then the payload: an IPMI LAN message ({@code IpmiLanRequest} / {@code IpmiLanResponse})
 * </pre>
 *
 * <p>With {@link AuthType#PASSWORD} the auth code is the password itself, so
 * {@link #toString()} never prints the auth code of a straight-password header.
 *
 * @param authType       NONE, MD2, MD5, PASSWORD or OEM; never RMCP_PLUS (see {@link SessionHeaderV20})
 * @param sequenceNumber session sequence number, 0 outside a session
 * @param sessionId      session ID, 0 outside a session
 * @param authCode       16 bytes, or empty when {@code authType} is NONE
 * @param payloadLength  bytes of payload that follow, 0-255
 */
public record SessionHeaderV15(AuthType authType, int sequenceNumber, int sessionId, byte[] authCode,
        int payloadLength) {
    /** Length of the auth code field when present. */
    public static final int AUTH_CODE_LENGTH = 16;

    private static final String NAME = "IPMI 1.5 session header";

    public SessionHeaderV15 {
        Objects.requireNonNull(authType, "authType");
        Objects.requireNonNull(authCode, "authCode");
        if (authType == AuthType.RMCP_PLUS) {
            throw new IllegalArgumentException("RMCP+ uses SessionHeaderV20");
        }
        int want = authType == AuthType.NONE ? 0 : AUTH_CODE_LENGTH;
        if (authCode.length != want) {
            throw new IllegalArgumentException("auth code for " + authType + " is " + want + " bytes, got " + authCode.length);
        }
        if (payloadLength < 0 || payloadLength > 0xFF) {
            throw new IllegalArgumentException("IPMI 1.5 payload length is one byte: " + payloadLength);
        }
        authCode = authCode.clone();
    }

    /** A header outside any session (auth type NONE, sequence and session ID 0), as used before Activate Session. */
    public static SessionHeaderV15 sessionless(int payloadLength) {
        return new SessionHeaderV15(AuthType.NONE, 0, 0, new byte[0], payloadLength);
    }

    /**
     * Reads the header and checks that {@code payloadLength} bytes follow. Rejects reserved auth
     * types and 06h (an IPMI 2.0 header). Bytes after the payload (some BMCs add a legacy pad
     * byte) are left for the caller.
     */
    public static SessionHeaderV15 decode(ByteBuffer in) throws MalformedPacketException {
        Wire.need(in, 10, NAME);
        int typeByte = Wire.u8(in);
        AuthType type = AuthType.fromCode(typeByte & 0x0F);
        if (type == null || type == AuthType.RMCP_PLUS) {
            throw new MalformedPacketException(String.format("%s: auth type %02Xh", NAME, typeByte));
        }
        int sequence = Wire.i32le(in);
        int sessionId = Wire.i32le(in);
        byte[] code = type == AuthType.NONE ? new byte[0] : Wire.bytes(in, AUTH_CODE_LENGTH, NAME);
        Wire.need(in, 1, NAME);
        int length = Wire.u8(in);
        Wire.need(in, length, NAME + " payload");
        return new SessionHeaderV15(type, sequence, sessionId, code, length);
    }

    public void encode(ByteBuffer out) {
        out.put((byte) authType.code());
        Wire.putI32le(out, sequenceNumber);
        Wire.putI32le(out, sessionId);
        out.put(authCode);
        out.put((byte) payloadLength);
    }

    public int encodedLength() {
        return 10 + authCode.length;
    }

    /** A copy of the auth code (empty for NONE). */
    @Override
    public byte[] authCode() {
        return authCode.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SessionHeaderV15 h && h.authType == authType && h.sequenceNumber == sequenceNumber
                && h.sessionId == sessionId && Arrays.equals(h.authCode, authCode) && h.payloadLength == payloadLength;
    }

    @Override
    public int hashCode() {
        return Objects.hash(authType, sequenceNumber, sessionId, Arrays.hashCode(authCode), payloadLength);
    }

    /** Prints the auth code in hex except for PASSWORD, where it would be the password. */
    @Override
    public String toString() {
        String code = switch (authType) {
            case NONE -> "";
            case PASSWORD -> ", authCode=<password>";
            default -> ", authCode=" + Wire.hex(authCode);
        };
        return String.format("SessionHeaderV15[authType=%s, sequenceNumber=0x%08x, sessionId=0x%08x%s, payloadLength=%d]",
                authType, sequenceNumber, sessionId, code, payloadLength);
    }
}
