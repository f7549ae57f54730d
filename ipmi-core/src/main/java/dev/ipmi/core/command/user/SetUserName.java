package dev.ipmi.core.command.user;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * Set User Name (IPMI v2.0 section 22.28): NetFn App (06h), command 45h, privilege
 * Administrator, side effect: renames a user. Request: b5:0 user id, name (16, NUL padded).
 */
public record SetUserName(int userId, String name) implements IpmiRequest<SetUserName.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Set User Name", NetFn.APP, 0x45, PrivilegeLevel.ADMINISTRATOR);

    public SetUserName {
        UserNames.check(name);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 1 + UserNames.LENGTH;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) (userId & 0x3F));
        UserNames.encode(out, name);
    }

    public static SetUserName decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1 + UserNames.LENGTH, "Set User Name request");
        int user = Wire.u8(data) & 0x3F;
        return new SetUserName(user, UserNames.decode(data, "Set User Name request"));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) {
        return new Response();
    }

    /** No data. */
    public record Response() implements CommandResponse {}
}
