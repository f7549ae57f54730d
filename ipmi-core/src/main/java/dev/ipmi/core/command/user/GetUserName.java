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
 * Get User Name (IPMI v2.0 section 22.29): NetFn App (06h), command 46h, privilege Operator,
 * no side effects. Request: b5:0 user id; response: the name, 16 bytes NUL padded.
 */
public record GetUserName(int userId) implements IpmiRequest<GetUserName.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get User Name", NetFn.APP, 0x46, PrivilegeLevel.OPERATOR);

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
        out.put((byte) (userId & 0x3F));
    }

    public static GetUserName decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Get User Name request");
        return new GetUserName(Wire.u8(data) & 0x3F);
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        return new Response(UserNames.decode(data, "Get User Name response"));
    }

    /** @param name empty for an unnamed (null) user */
    public record Response(String name) implements CommandResponse {
        public Response {
            UserNames.check(name);
        }

        @Override
        public int encodedLength() {
            return UserNames.LENGTH;
        }

        @Override
        public void encode(ByteBuffer out) {
            UserNames.encode(out, name);
        }
    }
}
