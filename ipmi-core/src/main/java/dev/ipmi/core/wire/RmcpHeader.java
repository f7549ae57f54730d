package dev.ipmi.core.wire;

import dev.ipmi.core.MalformedPacketException;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * The 4-byte RMCP header that starts every datagram on UDP port 623 (DSP0136 ASF 2.0 section
 * 3.2.2; IPMI v2.0 section 13.1).
 *
 * <pre>
 *  byte 0     1          2                3
 *  +--------+----------+----------------+------------------------+
 *  | 06h    | reserved | sequence number| class: [7] ACK         |
 *  | version| 00h      | FFh = no ACK   |  [6:5] reserved        |
 *  |        |          |  wanted        |  [4:0] message class   |
 *  +--------+----------+----------------+------------------------+
 * </pre>
 *
 * IPMI messages always use sequence number FFh: IPMI has its own retry scheme and never asks
 * for RMCP ACKs. ASF messages may ask for one with a sequence number 00h-FEh.
 *
 * <pre>{@code
 * RmcpHeader.IPMI.encode(out);               // 06 00 ff 07
 * RmcpHeader h = RmcpHeader.decode(in);       // then dispatch on h.messageClass()
 * }</pre>
 *
 * @param sequenceNumber 0-255; {@value #NO_ACK} means no RMCP ACK is wanted
 * @param messageClass   the protocol that follows
 * @param ack            whether this is an RMCP ACK (then nothing follows; see {@link RmcpAck})
 */
public record RmcpHeader(int sequenceNumber, RmcpClass messageClass, boolean ack) {
    /** RMCP version 1.0, the only version defined. */
    public static final int VERSION = 0x06;
    /** The sequence number that asks the receiver not to send an RMCP ACK. */
    public static final int NO_ACK = 0xFF;
    /** Encoded size. */
    public static final int LENGTH = 4;
    /** The header of every IPMI 1.5 and 2.0 datagram: {@code 06 00 ff 07}. */
    public static final RmcpHeader IPMI = new RmcpHeader(NO_ACK, RmcpClass.IPMI, false);

    private static final String NAME = "RMCP header";

    public RmcpHeader {
        Objects.requireNonNull(messageClass, "messageClass");
        if (sequenceNumber < 0 || sequenceNumber > 0xFF) {
            throw new IllegalArgumentException("RMCP sequence number is one byte: " + sequenceNumber);
        }
    }

    /** An ASF message header without an ACK request, as presence pings are sent. */
    public static RmcpHeader asf() {
        return new RmcpHeader(NO_ACK, RmcpClass.ASF, false);
    }

    /** Reads 4 bytes; rejects RMCP versions other than 06h. The reserved byte is ignored. */
    public static RmcpHeader decode(ByteBuffer in) throws MalformedPacketException {
        Wire.need(in, LENGTH, NAME);
        int version = Wire.u8(in);
        if (version != VERSION) {
            throw new MalformedPacketException(String.format("%s: version %02Xh, want 06h", NAME, version));
        }
        in.get(); // reserved
        int sequence = Wire.u8(in);
        int classByte = Wire.u8(in);
        return new RmcpHeader(sequence, RmcpClass.of(classByte), (classByte & 0x80) != 0);
    }

    public void encode(ByteBuffer out) {
        out.put((byte) VERSION).put((byte) 0).put((byte) sequenceNumber)
                .put((byte) (messageClass.value() | (ack ? 0x80 : 0)));
    }

    public int encodedLength() {
        return LENGTH;
    }

    /** Whether the sender asked for an RMCP ACK: a normal message with a sequence number other than FFh. */
    public boolean wantsAck() {
        return !ack && sequenceNumber != NO_ACK;
    }
}
