package dev.ipmi.core.command.channel;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * Get Channel Info (IPMI v2.0 section 22.24): NetFn App (06h), command 42h, privilege User,
 * no side effects.
 *
 * <pre>
 * request:  b3:0 channel (0Eh = this one)
 * response: b3:0 channel | b6:0 medium | b4:0 protocol | b7:6 session support, b5:0 active
 *           sessions | vendor IANA (3, LS first) | auxiliary info (2)
 * </pre>
 */
public record GetChannelInfo(int channel) implements IpmiRequest<GetChannelInfo.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get Channel Info", NetFn.APP, 0x42, PrivilegeLevel.USER);

    /** Session support, bits 7:6 of byte 4. */
    public enum SessionSupport { SESSION_LESS, SINGLE_SESSION, MULTI_SESSION, SESSION_BASED }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 1;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) (channel & 0x0F));
    }

    public static GetChannelInfo decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Get Channel Info request");
        return new GetChannelInfo(Wire.u8(data) & 0x0F);
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 9, "Get Channel Info response");
        int ch = Wire.u8(data) & 0x0F;
        int medium = Wire.u8(data) & 0x7F;
        int protocol = Wire.u8(data) & 0x1F;
        int s = Wire.u8(data);
        int vendor = Wire.u8(data) | Wire.u8(data) << 8 | Wire.u8(data) << 16;
        return new Response(ch, new ChannelMedium(medium), new ChannelProtocol(protocol),
                SessionSupport.values()[s >>> 6], s & 0x3F, vendor, Wire.u16le(data));
    }

    public record Response(int channel, ChannelMedium medium, ChannelProtocol protocol, SessionSupport sessionSupport,
                           int activeSessions, int vendorId, int auxiliaryInfo) implements CommandResponse {
        @Override
        public int encodedLength() {
            return 9;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) channel).put((byte) medium.code()).put((byte) protocol.code());
            out.put((byte) (sessionSupport.ordinal() << 6 | activeSessions));
            out.put((byte) vendorId).put((byte) (vendorId >>> 8)).put((byte) (vendorId >>> 16));
            Wire.putU16le(out, auxiliaryInfo);
        }
    }
}
