package dev.ipmi.core.wire;

import dev.ipmi.core.MalformedPacketException;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * An RMCP ACK (DSP0136 ASF 2.0 section 3.2.2; IPMI v2.0 section 13.1): an RMCP header
 * with bit 7 of the class byte set, echoing the acknowledged message's sequence number and
 * class, and nothing after it.
 *
 * <pre>
 *  +------+----------+-------------------+-----------------------+
 *  | 06h  | 00h      | sequence number   | 80h | message class   |
 *  |      |          | (echoed)          | (ACK bit + echoed)    |
 *  +------+----------+-------------------+-----------------------+
 * </pre>
 *
 * <pre>{@code
 * if (header.wantsAck()) RmcpAck.acknowledging(header).encode(out);
 * }</pre>
 *
 * @param sequenceNumber the acknowledged message's sequence number
 * @param messageClass   the acknowledged message's class
 */
public record RmcpAck(int sequenceNumber, RmcpClass messageClass) {
    private static final String NAME = "RMCP ACK";

    public RmcpAck {
        Objects.requireNonNull(messageClass, "messageClass");
        if (sequenceNumber < 0 || sequenceNumber > 0xFF) {
            throw new IllegalArgumentException("RMCP sequence number is one byte: " + sequenceNumber);
        }
    }

    /** The ACK for a received message. */
    public static RmcpAck acknowledging(RmcpHeader received) {
        return new RmcpAck(received.sequenceNumber(), received.messageClass());
    }

    /** Reads the 4-byte header and requires the ACK bit; bytes after it are ignored. */
    public static RmcpAck decode(ByteBuffer in) throws MalformedPacketException {
        RmcpHeader h = RmcpHeader.decode(in);
        if (!h.ack()) {
            throw new MalformedPacketException(NAME + ": ACK bit not set");
        }
        return new RmcpAck(h.sequenceNumber(), h.messageClass());
    }

    public void encode(ByteBuffer out) {
        new RmcpHeader(sequenceNumber, messageClass, true).encode(out);
    }

    public int encodedLength() {
        return RmcpHeader.LENGTH;
    }
}
