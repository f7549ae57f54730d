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
 * Get Channel Access (IPMI v2.0 section 22.23): NetFn App (06h), command 41h, privilege User,
 * no side effects.
 *
 * <pre>
 * request:  b3:0 channel | b7:6 01b non-volatile, 10b volatile (present) settings
 * response: {@link ChannelAccess} (2)
 * </pre>
 */
public record GetChannelAccess(int channel, boolean nonVolatile) implements IpmiRequest<GetChannelAccess.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get Channel Access", NetFn.APP, 0x41, PrivilegeLevel.USER);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 2;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) (channel & 0x0F)).put((byte) (nonVolatile ? 0x40 : 0x80));
    }

    public static GetChannelAccess decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 2, "Get Channel Access request");
        int ch = Wire.u8(data) & 0x0F;
        int which = Wire.u8(data) >>> 6;
        if (which != 1 && which != 2) {
            throw new MalformedPacketException("Get Channel Access request: reserved selector " + which);
        }
        return new GetChannelAccess(ch, which == 1);
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        return new Response(ChannelAccess.decode(data, "Get Channel Access response"));
    }

    public record Response(ChannelAccess access) implements CommandResponse {
        @Override
        public int encodedLength() {
            return 2;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) access.firstByte()).put((byte) access.privilegeLimit().code());
        }
    }
}
