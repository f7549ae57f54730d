package dev.ipmi.core.command.session;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * Set Session Privilege Level (IPMI v2.0 section 22.18): NetFn App (06h), command 3Bh,
 * privilege User, side effect: raises or lowers the session's operating privilege. Request:
 * the wanted level, 0 to only read the present one; response: the level now in force.
 * Completion codes 80h (not available for user), 81h (above the user/channel limit).
 *
 * @param level the wanted level, {@code null} to ask for the present level without change
 */
public record SetSessionPrivilegeLevel(PrivilegeLevel level) implements IpmiRequest<SetSessionPrivilegeLevel.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Set Session Privilege Level", NetFn.APP, 0x3B, PrivilegeLevel.USER);

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
        out.put((byte) (level == null ? 0 : level.code()));
    }

    public static SetSessionPrivilegeLevel decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Set Session Privilege Level request");
        int code = Wire.u8(data) & 0x0F;
        return new SetSessionPrivilegeLevel(code == 0 ? null : PrivilegeLevel.decode(code, "Set Session Privilege Level request"));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Set Session Privilege Level response");
        return new Response(PrivilegeLevel.decode(Wire.u8(data) & 0x0F, "Set Session Privilege Level response"));
    }

    public record Response(PrivilegeLevel level) implements CommandResponse {
        @Override
        public int encodedLength() {
            return 1;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) level.code());
        }
    }
}
