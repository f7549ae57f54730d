package dev.ipmi.sol;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.Octets;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * One SOL payload (payload type 01h), IPMI v2.0 section 15.9, table 15-2. The same layout goes
 * both ways; only byte 4 differs in meaning ({@link #operation()} console to BMC,
 * {@link #status()} BMC to console).
 *
 * <pre>
 *  byte 1   b3:0 packet sequence number (1-15; 0 = acknowledgement only, no characters), b7:4 reserved
 *  byte 2   b3:0 ACK/NACK sequence number: the packet this one acknowledges (0 = none)
 *  byte 3   accepted character count: how many characters of that packet were taken
 *  byte 4   operation (console to BMC) / status (BMC to console), see SolOperation / SolStatus
 *  byte 5-  character data
 * </pre>
 *
 * <pre>{@code
 * SolPacket p = SolPacket.data(3, bytes).acknowledging(5, 17);
 * p.encode(buffer);
 * SolPacket in = SolPacket.decode(received);
 * }</pre>
 */
public record SolPacket(int sequence, int ackSequence, int acceptedCount, int control, Octets data) {
    /** Bytes before the character data. */
    public static final int HEADER_LENGTH = 4;

    public SolPacket {
        if (sequence < 0 || sequence > 15 || ackSequence < 0 || ackSequence > 15) {
            throw new IllegalArgumentException("SOL sequence numbers are 4 bits: " + sequence + ", " + ackSequence);
        }
        if (acceptedCount < 0 || acceptedCount > 0xFF || control < 0 || control > 0xFF) {
            throw new IllegalArgumentException("accepted count and control are one byte each");
        }
        if (data == null) {
            data = Octets.EMPTY;
        }
    }

    /** A packet carrying characters (or none, as a probe) under sequence number {@code sequence}. */
    public static SolPacket data(int sequence, byte[] characters) {
        return new SolPacket(sequence, 0, 0, 0, Octets.of(characters));
    }

    /** An acknowledgement-only packet (sequence 0, no characters). */
    public static SolPacket ack(int ackSequence, int accepted, boolean nack) {
        return new SolPacket(0, ackSequence, accepted, nack ? SolOperation.NACK : 0, Octets.EMPTY);
    }

    /** This packet, also acknowledging {@code ackSequence} with {@code accepted} characters. */
    public SolPacket acknowledging(int ackSequence, int accepted) {
        return new SolPacket(sequence, ackSequence, accepted, control, data);
    }

    /** This packet with the operation byte set to {@code op}. */
    public SolPacket withOperation(SolOperation op) {
        return new SolPacket(sequence, ackSequence, acceptedCount, op.bits(), data);
    }

    /** Byte 4 read as a console-to-BMC operation. */
    public SolOperation operation() {
        return new SolOperation(control);
    }

    /** Byte 4 read as a BMC-to-console status. */
    public SolStatus status() {
        return new SolStatus(control);
    }

    /** Whether this packet acknowledges (or NACKs) one of the peer's packets. */
    public boolean isAck() {
        return ackSequence != 0;
    }

    public static SolPacket decode(ByteBuffer in) throws MalformedPacketException {
        Wire.need(in, HEADER_LENGTH, "SOL payload");
        // Reserved high nibbles are ignored, as the spec asks of receivers.
        int seq = Wire.u8(in) & 0x0F;
        int ack = Wire.u8(in) & 0x0F;
        int accepted = Wire.u8(in);
        int control = Wire.u8(in);
        return new SolPacket(seq, ack, accepted, control, Octets.readRemaining(in));
    }

    public int encodedLength() {
        return HEADER_LENGTH + data.length();
    }

    public void encode(ByteBuffer out) {
        out.put((byte) sequence).put((byte) ackSequence).put((byte) acceptedCount).put((byte) control);
        data.writeTo(out);
    }

    @Override
    public String toString() {
        return "SolPacket[seq " + sequence + ", ack " + ackSequence + ", accepted " + acceptedCount + ", "
                + String.format("ctl %02xh", control) + ", " + data.length() + " chars]";
    }
}
