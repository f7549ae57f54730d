package dev.ipmi.core.session;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.crypto.Confidentiality;
import dev.ipmi.core.crypto.ConfidentialityAlgorithm;
import dev.ipmi.core.crypto.Integrity;
import dev.ipmi.core.crypto.IntegrityAlgorithm;
import dev.ipmi.core.wire.Wire;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;

/**
 * Whole datagrams of one RMCP+ session (IPMI v2.0 section 13.6, 13.28): RMCP header, the
 * IPMI 2.0 session header, the payload — encrypted when the session negotiated
 * confidentiality — and, when it negotiated integrity, the session trailer with its auth code.
 *
 * <pre>
 *  0      4      5        6          10         14        16
 *  | RMCP | 06h  | enc|auth|type | session id | sequence | length | payload ... |
 *  ... | FFh pad (0-3) | pad length | 07h | auth code (12/16) |
 *        \__ integrity covers from the 06h byte through the 07h byte __/
 * </pre>
 *
 * Encoding is exact-size: {@link #encodedLength} first, then {@link #encode} writes straight into
 * the caller's (reused) buffer, encrypting and signing in place. Decoding follows the inbound
 * order of the design: {@link #parse} locates the fields (no crypto), the caller checks the
 * session id and {@link SequenceWindow}, then {@link #verify} checks integrity in constant time
 * and {@link #open} decrypts. Not thread-safe (the keyed algorithms are not): one per session.
 */
public final class RmcpPlusCodec {
    /** RMCP header for IPMI class, no RMCP ACK requested. */
    private static final byte[] RMCP_IPMI = {0x06, 0x00, (byte) 0xFF, 0x07};
    private static final int RMCP = 4;
    /** Auth type, payload type, session id, sequence, payload length. */
    private static final int SESSION_HEADER = 1 + 1 + 4 + 4 + 2;
    private static final int AUTH_TYPE_RMCP_PLUS = 0x06;
    private static final int PAYLOAD_OEM_EXPLICIT = 0x02;
    private static final int NEXT_HEADER = 0x07;

    private final int remoteSessionId;
    private final Integrity integrity;
    private final Confidentiality confidentiality;
    private final boolean authenticate;
    private final boolean encrypt;

    /**
     * @param remoteSessionId the peer's session id, written in every outbound header (the BMC's id
     *                        on a client, the console's id on a BMC)
     */
    public RmcpPlusCodec(int remoteSessionId, Integrity integrity, Confidentiality confidentiality) {
        this.remoteSessionId = remoteSessionId;
        this.integrity = integrity;
        this.confidentiality = confidentiality;
        this.authenticate = integrity.algorithm() != IntegrityAlgorithm.NONE;
        this.encrypt = confidentiality.algorithm() != ConfidentialityAlgorithm.NONE;
    }

    /** Exact datagram size for a payload of {@code payloadLength} bytes. */
    public int encodedLength(int payloadLength) {
        int field = encrypt ? confidentiality.encryptedLength(payloadLength) : payloadLength;
        int n = RMCP + SESSION_HEADER + field;
        if (authenticate) {
            n += integrityPad(SESSION_HEADER + field) + 2 + integrity.authCodeLength();
        }
        return n;
    }

    /**
     * Writes one datagram carrying {@code payload} (position..limit, consumed) at {@code out}'s
     * position, which advances past it.
     */
    public void encode(int payloadType, int sequence, ByteBuffer payload, ByteBuffer out) {
        int start = out.position();
        out.put(RMCP_IPMI);
        out.put((byte) AUTH_TYPE_RMCP_PLUS);
        out.put((byte) ((encrypt ? 0x80 : 0) | (authenticate ? 0x40 : 0) | (payloadType & 0x3F)));
        Wire.putI32le(out, remoteSessionId);
        Wire.putI32le(out, sequence);
        int lengthAt = out.position();
        out.putShort((short) 0); // patched below
        int fieldStart = out.position();
        if (encrypt) {
            confidentiality.encrypt(payload, out);
        } else {
            out.put(payload);
        }
        int field = out.position() - fieldStart;
        out.put(lengthAt, (byte) field).put(lengthAt + 1, (byte) (field >>> 8));
        if (authenticate) {
            int pad = integrityPad(SESSION_HEADER + field);
            for (int i = 0; i < pad; i++) {
                out.put((byte) 0xFF);
            }
            out.put((byte) pad).put((byte) NEXT_HEADER);
            int coveredEnd = out.position();
            ByteBuffer covered = out.duplicate();
            covered.position(start + RMCP).limit(coveredEnd);
            integrity.sign(covered, out);
        }
    }

    /**
     * Writes a datagram outside any session: session id 0, sequence 0, neither encrypted nor
     * authenticated (Open Session, RAKP messages, sessionless IPMI requests in RMCP+ format).
     */
    public static void encodeSessionless(int payloadType, ByteBuffer payload, ByteBuffer out) {
        out.put(RMCP_IPMI);
        out.put((byte) AUTH_TYPE_RMCP_PLUS);
        out.put((byte) (payloadType & 0x3F));
        Wire.putI32le(out, 0);
        Wire.putI32le(out, 0);
        int len = payload.remaining();
        out.put((byte) len).put((byte) (len >>> 8));
        out.put(payload);
    }

    /** Size of a sessionless datagram with this payload length. */
    public static int sessionlessLength(int payloadLength) {
        return RMCP + SESSION_HEADER + payloadLength;
    }

    /**
     * Locates the header fields, payload and trailer of an RMCP+ datagram (from index 0 of
     * {@code datagram}, whose limit is the datagram's end). No crypto; does not move the buffer.
     * OEM explicit payloads (type 02h, with IANA and payload id) are parsed too.
     */
    public static void parse(ByteBuffer datagram, InboundPacket p) throws MalformedPacketException {
        int end = datagram.limit();
        if (end < RMCP + SESSION_HEADER) {
            throw new MalformedPacketException("RMCP+ session header: want " + (RMCP + SESSION_HEADER) + " bytes, got " + end);
        }
        int at = RMCP;
        p.authType = datagram.get(at) & 0xFF;
        if ((p.authType & 0x0F) != AUTH_TYPE_RMCP_PLUS) {
            throw new MalformedPacketException(String.format("RMCP+ session header: auth type %02xh is not 06h", p.authType));
        }
        int typeByte = datagram.get(at + 1) & 0xFF;
        p.encrypted = (typeByte & 0x80) != 0;
        p.authenticated = (typeByte & 0x40) != 0;
        p.payloadType = typeByte & 0x3F;
        at += 2;
        if (p.payloadType == PAYLOAD_OEM_EXPLICIT) {
            at += 6; // OEM IANA (4) + OEM payload id (2)
            if (end < at + 10) {
                throw new MalformedPacketException("RMCP+ OEM session header: want " + (at + 10) + " bytes, got " + end);
            }
        }
        p.sessionId = getI32le(datagram, at);
        p.sequence = getI32le(datagram, at + 4);
        int length = (datagram.get(at + 8) & 0xFF) | (datagram.get(at + 9) & 0xFF) << 8;
        at += 10;
        if (length > end - at) {
            throw new MalformedPacketException("RMCP+ payload: length field says " + length + " bytes, datagram has " + (end - at));
        }
        p.payloadOffset = at;
        p.payloadLength = length;
        at += length;
        if (!p.authenticated) {
            p.authCodeOffset = at;
            p.authCodeLength = 0;
            p.coveredEnd = at;
            return;
        }
        // Trailer: pad (FFh) so that header+payload+pad+2 is a multiple of 4, pad length, next header.
        int pad = integrityPad(at - RMCP);
        if (end < at + pad + 2) {
            throw new MalformedPacketException("RMCP+ session trailer: want " + (at + pad + 2) + " bytes, got " + end);
        }
        for (int i = 0; i < pad; i++) {
            if ((datagram.get(at + i) & 0xFF) != 0xFF) {
                throw new MalformedPacketException("RMCP+ session trailer: integrity pad byte is not FFh");
            }
        }
        if ((datagram.get(at + pad) & 0xFF) != pad) {
            throw new MalformedPacketException("RMCP+ session trailer: pad length " + (datagram.get(at + pad) & 0xFF)
                    + ", expected " + pad);
        }
        if ((datagram.get(at + pad + 1) & 0xFF) != NEXT_HEADER) {
            throw new MalformedPacketException("RMCP+ session trailer: next header is not 07h");
        }
        p.coveredEnd = at + pad + 2;
        p.authCodeOffset = p.coveredEnd;
        p.authCodeLength = end - p.coveredEnd;
    }

    /**
     * Checks that the datagram carries what this session negotiated and that its auth code is
     * right (constant-time). Call after the session id and sequence window checks, before
     * {@link #open}.
     */
    public Rejection verify(ByteBuffer datagram, InboundPacket p) {
        if (authenticate != p.authenticated || encrypt != p.encrypted) {
            // Neither a stripped MAC nor an unexpected one is acceptable: both mean another session shape.
            return Rejection.SECURITY_DOWNGRADE;
        }
        if (!authenticate) {
            return Rejection.NONE;
        }
        if (p.authCodeLength != integrity.authCodeLength()) {
            return Rejection.BAD_AUTH_CODE;
        }
        return integrity.verify(datagram, RMCP, p.coveredEnd, p.authCodeOffset) ? Rejection.NONE : Rejection.BAD_AUTH_CODE;
    }

    /**
     * Writes the plaintext payload to {@code out} (decrypting when the session is encrypted) and
     * returns its length. {@code datagram}'s position and limit are narrowed to the payload
     * while it is decrypted and restored afterwards (rather than a buffer view per packet), so
     * {@code out} must not be {@code datagram}.
     */
    public int open(ByteBuffer datagram, InboundPacket p, ByteBuffer out) throws MalformedPacketException {
        int from = p.payloadOffset;
        int to = from + p.payloadLength;
        if (!encrypt) {
            return copy(datagram, from, to, out);
        }
        int position = datagram.position();
        int limit = datagram.limit();
        try {
            datagram.limit(to).position(from);
            return confidentiality.decrypt(datagram, out);
        } finally {
            datagram.limit(limit).position(position);
        }
    }

    /** Copies bytes from..to of {@code src} (not moved) to {@code out}'s position, which advances. */
    static int copy(ByteBuffer src, int from, int to, ByteBuffer out) {
        int n = to - from;
        if (out.remaining() < n) {
            throw new BufferOverflowException();
        }
        int at = out.position();
        out.put(at, src, from, n).position(at + n);
        return n;
    }

    /** FFh bytes needed after {@code headerAndPayload} bytes so that adding pad length and next header gives a multiple of 4. */
    public static int integrityPad(int headerAndPayload) {
        return (4 - ((headerAndPayload + 2) & 3)) & 3;
    }

    static int getI32le(ByteBuffer b, int at) {
        return (b.get(at) & 0xFF) | (b.get(at + 1) & 0xFF) << 8 | (b.get(at + 2) & 0xFF) << 16 | (b.get(at + 3) & 0xFF) << 24;
    }
}
