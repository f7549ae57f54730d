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
 * Set Channel Access (IPMI v2.0 section 22.22): NetFn App (06h), command 40h, privilege
 * Administrator, side effect: changes who may use the channel and how.
 *
 * <pre>
 * request: b3:0 channel | b7:6 access update, then {@link ChannelAccess} byte 1 |
 *          b7:6 privilege update, b3:0 privilege limit
 * </pre>
 *
 * The update selectors say which copy changes; {@link Update#NONE} leaves that half alone.
 */
public record SetChannelAccess(int channel, Update accessUpdate, Update privilegeUpdate, ChannelAccess access)
        implements IpmiRequest<SetChannelAccess.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Set Channel Access", NetFn.APP, 0x40, PrivilegeLevel.ADMINISTRATOR);

    /** Which settings a half of the request changes (bits 7:6). */
    public enum Update { NONE, NON_VOLATILE, VOLATILE }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 3;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) (channel & 0x0F));
        out.put((byte) (accessUpdate.ordinal() << 6 | access.firstByte()));
        out.put((byte) (privilegeUpdate.ordinal() << 6 | access.privilegeLimit().code()));
    }

    public static SetChannelAccess decodeRequest(ByteBuffer data) throws MalformedPacketException {
        String what = "Set Channel Access request";
        Wire.need(data, 3, what);
        int ch = Wire.u8(data) & 0x0F;
        int a = Wire.u8(data);
        int p = Wire.u8(data);
        return new SetChannelAccess(ch, update(a >>> 6), update(p >>> 6), ChannelAccess.decode(a, p, what));
    }

    private static Update update(int code) throws MalformedPacketException {
        if (code == 3) {
            throw new MalformedPacketException("Set Channel Access request: reserved update selector 3");
        }
        return Update.values()[code];
    }

    @Override
    public Response decodeResponse(ByteBuffer data) {
        return new Response();
    }

    /** No data. */
    public record Response() implements CommandResponse {}
}
