package dev.ipmi.core.session;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.crypto.Ipmi15AuthCode;
import dev.ipmi.core.wire.AuthType;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * Whole datagrams of one IPMI 1.5 session (IPMI v2.0 section 13.6, table 13-8; section 22.17
 * for the auth codes): RMCP header, session header with the 16-byte auth code when the auth
 * type is not NONE, and the IPMI message.
 *
 * <pre>
 *  0      4          5          9            13                 29 (or 13 for NONE)
 *  | RMCP | authtype | sequence | session id | auth code (16)   | length | IPMI message |
 * </pre>
 *
 * Both directions carry the BMC's session id. When the BMC reports per-message authentication
 * disabled, packets after activation may use auth type NONE; otherwise an inbound packet with
 * another auth type than the session's is a downgrade and is rejected. Not thread-safe.
 */
public final class Ipmi15Codec {
    private static final byte[] RMCP_IPMI = {0x06, 0x00, (byte) 0xFF, 0x07};
    private static final int RMCP = 4;

    private final int sessionId;
    private final Ipmi15AuthCode auth;
    private final boolean authenticateOutbound;
    private final boolean acceptUnauthenticated;

    /**
     * @param sessionId             the session id the BMC assigned (or the temporary id, for
     *                              Activate Session)
     * @param auth                  the keyed auth code of the session's auth type
     * @param perMessageAuthDisabled the BMC said packets after activation need no auth code
     */
    public Ipmi15Codec(int sessionId, Ipmi15AuthCode auth, boolean perMessageAuthDisabled) {
        this.sessionId = sessionId;
        this.auth = auth;
        this.authenticateOutbound = !perMessageAuthDisabled;
        this.acceptUnauthenticated = perMessageAuthDisabled;
    }

    /** The auth type outbound packets carry. */
    public AuthType outboundAuthType() {
        return authenticateOutbound ? auth.type() : AuthType.NONE;
    }

    /** Exact datagram size for a message of {@code messageLength} bytes. */
    public int encodedLength(int messageLength) {
        return headerLength(outboundAuthType()) + messageLength;
    }

    private static int headerLength(AuthType t) {
        return RMCP + 1 + 4 + 4 + (t == AuthType.NONE ? 0 : Ipmi15AuthCode.LENGTH) + 1;
    }

    /** Writes one datagram with {@code message} (position..limit, consumed) at {@code out}'s position. */
    public void encode(int sequence, ByteBuffer message, ByteBuffer out) {
        AuthType t = outboundAuthType();
        out.put(RMCP_IPMI);
        out.put((byte) t.code());
        Wire.putI32le(out, sequence);
        Wire.putI32le(out, sessionId);
        if (t != AuthType.NONE) {
            int at = message.position();
            auth.compute(sessionId, sequence, message, out);
            message.position(at); // the message follows its auth code; rewinding avoids a view per packet
        }
        out.put((byte) message.remaining());
        out.put(message);
    }

    /** A sessionless datagram (auth type NONE, sequence 0, session id 0): Get Channel Auth Capabilities and the like. */
    public static void encodeSessionless(ByteBuffer message, ByteBuffer out) {
        out.put(RMCP_IPMI);
        out.put((byte) 0);
        Wire.putI32le(out, 0);
        Wire.putI32le(out, 0);
        out.put((byte) message.remaining());
        out.put(message);
    }

    /** Size of a sessionless datagram with this message length. */
    public static int sessionlessLength(int messageLength) {
        return headerLength(AuthType.NONE) + messageLength;
    }

    /**
     * Locates the header fields and message of an IPMI 1.5 datagram (from index 0 to its limit).
     * A trailing legacy pad byte after the message, which some implementations add, is ignored.
     */
    public static void parse(ByteBuffer datagram, InboundPacket p) throws MalformedPacketException {
        int end = datagram.limit();
        if (end < RMCP + 10) {
            throw new MalformedPacketException("IPMI 1.5 session header: want " + (RMCP + 10) + " bytes, got " + end);
        }
        p.authType = datagram.get(RMCP) & 0x0F;
        AuthType t = AuthType.fromCode(p.authType);
        if (t == null || t == AuthType.RMCP_PLUS) {
            throw new MalformedPacketException(String.format("IPMI 1.5 session header: auth type %02xh", p.authType));
        }
        p.payloadType = 0;
        p.encrypted = false;
        p.sequence = RmcpPlusCodec.getI32le(datagram, RMCP + 1);
        p.sessionId = RmcpPlusCodec.getI32le(datagram, RMCP + 5);
        int at = RMCP + 9;
        p.authenticated = t != AuthType.NONE;
        p.authCodeOffset = at;
        p.authCodeLength = p.authenticated ? Ipmi15AuthCode.LENGTH : 0;
        at += p.authCodeLength;
        if (end < at + 1) {
            throw new MalformedPacketException("IPMI 1.5 session header: want " + (at + 1) + " bytes, got " + end);
        }
        int length = datagram.get(at) & 0xFF;
        at++;
        if (length > end - at) {
            throw new MalformedPacketException("IPMI 1.5 message: length field says " + length + " bytes, datagram has "
                    + (end - at));
        }
        p.payloadOffset = at;
        p.payloadLength = length;
        p.coveredEnd = at + length;
    }

    /** Checks the auth type and, when there is one, the auth code (constant time). */
    public Rejection verify(ByteBuffer datagram, InboundPacket p) {
        if (p.authType != auth.type().code()) {
            boolean allowedNone = p.authType == AuthType.NONE.code() && acceptUnauthenticated;
            if (!allowedNone) {
                return Rejection.SECURITY_DOWNGRADE;
            }
            return Rejection.NONE;
        }
        if (!p.authenticated) {
            return Rejection.NONE;
        }
        return auth.verify(p.sessionId, p.sequence, datagram, p.payloadOffset, p.payloadOffset + p.payloadLength,
                p.authCodeOffset) ? Rejection.NONE : Rejection.BAD_AUTH_CODE;
    }

    /** Copies the IPMI message to {@code out} and returns its length. */
    public static int open(ByteBuffer datagram, InboundPacket p, ByteBuffer out) {
        return RmcpPlusCodec.copy(datagram, p.payloadOffset, p.payloadOffset + p.payloadLength, out);
    }
}
