package dev.ipmi.core.command.app;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.Octets;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * Send Message (IPMI v2.0 section 22.7): NetFn App (06h), command 34h, privilege User, side
 * effect: delivers an arbitrary message on another channel (bridging to IPMB controllers),
 * so it is never blindly re-sent.
 *
 * <pre>
 * request:  b7:6 tracking, b5 encrypt, b4 authenticate, b3:0 channel | message (for IPMB:
 *           rsSA | netFn/rsLUN | checksum | rqSA | rqSeq/rqLUN | cmd | data | checksum)
 * response: data, if the BMC returns the bridged response inline (many answer it later
 *           as a separate message on this session)
 * </pre>
 *
 * Completion codes 80h: invalid session handle, 81h: lost arbitration, 82h: bus error,
 * 83h: NAK on write.
 */
public record SendMessage(Tracking tracking, boolean encrypt, boolean authenticate, int channel, Octets message)
        implements IpmiRequest<SendMessage.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Send Message", NetFn.APP, 0x34, PrivilegeLevel.USER);

    /** Byte 1 bits 7:6. */
    public enum Tracking { NONE, TRACK_REQUEST, SEND_RAW, RESERVED }

    public SendMessage {
        if (channel < 0 || channel > 0x0F) {
            throw new IllegalArgumentException("channel is 4 bits: " + channel);
        }
    }

    /**
     * Builds an IPMB request frame with both checksums (IPMI v2.0 section 7.1 / IPMB v1.0).
     *
     * @param responderAddress 8-bit slave address of the target (e.g. 0x2C)
     * @param requesterAddress 8-bit slave address the answer goes to (the BMC, usually 0x20)
     */
    public static Octets ipmbRequest(int responderAddress, NetFn netFn, int responderLun, int requesterAddress,
                                     int sequence, int requesterLun, int command, byte[] data) {
        byte[] m = new byte[7 + data.length];
        m[0] = (byte) responderAddress;
        m[1] = (byte) (netFn.code() << 2 | responderLun & 3);
        ByteBuffer frame = ByteBuffer.wrap(m);
        m[2] = (byte) Wire.checksum(frame, 0, 2);
        m[3] = (byte) requesterAddress;
        m[4] = (byte) (sequence << 2 | requesterLun & 3);
        m[5] = (byte) command;
        System.arraycopy(data, 0, m, 6, data.length);
        m[m.length - 1] = (byte) Wire.checksum(frame, 3, m.length - 4);
        return Octets.of(m);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 1 + message.length();
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) (tracking.ordinal() << 6 | (encrypt ? 0x20 : 0) | (authenticate ? 0x10 : 0) | channel));
        message.writeTo(out);
    }

    public static SendMessage decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Send Message request");
        int b = Wire.u8(data);
        return new SendMessage(Tracking.values()[b >>> 6], (b & 0x20) != 0, (b & 0x10) != 0, b & 0x0F,
                Octets.readRemaining(data));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) {
        return new Response(Octets.readRemaining(data));
    }

    /** @param data whatever follows the completion code, often nothing */
    public record Response(Octets data) implements CommandResponse {
        @Override
        public int encodedLength() {
            return data.length();
        }

        @Override
        public void encode(ByteBuffer out) {
            data.writeTo(out);
        }
    }
}
