package dev.ipmi.core.command.user;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.OptionalInt;

/**
 * Set User Access (IPMI v2.0 section 22.26): NetFn App (06h), command 43h, privilege
 * Administrator, side effect: changes a user's rights on a channel.
 *
 * <pre>
 * request: b7 change the flags, b6 callback only, b5 link auth, b4 IPMI messaging, b3:0 channel |
 *          b5:0 user id | b3:0 privilege limit | [b3:0 session limit]
 * </pre>
 *
 * @param changeFlags when false the BMC ignores the three flags and only sets the limit
 */
public record SetUserAccess(int channel, int userId, boolean changeFlags, boolean callbackOnly,
                            boolean linkAuthentication, boolean ipmiMessaging, PrivilegeLimit privilegeLimit,
                            OptionalInt sessionLimit) implements IpmiRequest<SetUserAccess.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Set User Access", NetFn.APP, 0x43, PrivilegeLevel.ADMINISTRATOR);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return sessionLimit.isPresent() ? 4 : 3;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) ((changeFlags ? 0x80 : 0) | (callbackOnly ? 0x40 : 0) | (linkAuthentication ? 0x20 : 0)
                | (ipmiMessaging ? 0x10 : 0) | channel & 0x0F));
        out.put((byte) (userId & 0x3F)).put((byte) privilegeLimit.code());
        sessionLimit.ifPresent(n -> out.put((byte) (n & 0x0F)));
    }

    public static SetUserAccess decodeRequest(ByteBuffer data) throws MalformedPacketException {
        String what = "Set User Access request";
        Wire.need(data, 3, what);
        int b = Wire.u8(data);
        int user = Wire.u8(data) & 0x3F;
        PrivilegeLimit limit = PrivilegeLimit.decode(Wire.u8(data) & 0x0F, what);
        OptionalInt sessions = data.hasRemaining() ? OptionalInt.of(Wire.u8(data) & 0x0F) : OptionalInt.empty();
        return new SetUserAccess(b & 0x0F, user, (b & 0x80) != 0, (b & 0x40) != 0, (b & 0x20) != 0, (b & 0x10) != 0,
                limit, sessions);
    }

    @Override
    public Response decodeResponse(ByteBuffer data) {
        return new Response();
    }

    /** No data. */
    public record Response() implements CommandResponse {}
}
