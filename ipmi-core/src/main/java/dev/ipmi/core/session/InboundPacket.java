package dev.ipmi.core.session;

/**
 * Where the parts of a received session datagram are, filled in by a codec's {@code parse}
 * without copying or allocating, so that one instance can be reused for every datagram.
 * Offsets are absolute indexes into the datagram buffer.
 */
public final class InboundPacket {
    /** Auth type byte (06h for RMCP+). */
    public int authType;
    /** RMCP+ payload type (bits 5:0), or 00h (IPMI) for IPMI 1.5. */
    public int payloadType;
    public boolean encrypted;
    public boolean authenticated;
    public int sessionId;
    public int sequence;
    /** Offset and length of the (possibly encrypted) payload field. */
    public int payloadOffset;
    public int payloadLength;
    /** Offset and length of the auth code (0 length when there is none). */
    public int authCodeOffset;
    public int authCodeLength;
    /** End of the bytes the integrity auth code covers (RMCP+), exclusive. */
    public int coveredEnd;

    @Override
    public String toString() {
        return String.format("InboundPacket[authType=%02x payload=%02x%s%s sid=%08x seq=%08x len=%d]", authType,
                payloadType, encrypted ? " enc" : "", authenticated ? " auth" : "", sessionId, sequence, payloadLength);
    }
}
