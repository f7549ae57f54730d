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
 * Get User Access (IPMI v2.0 section 22.27): NetFn App (06h), command 44h, privilege
 * Operator, no side effects.
 *
 * <pre>
 * request:  b3:0 channel | b5:0 user id
 * response: b5:0 max user ids | b7:6 enable status (01b enabled, 10b disabled), b5:0 enabled ids |
 *           b5:0 fixed-name ids | b6 callback only, b5 link auth, b4 IPMI messaging, b3:0 privilege limit
 * </pre>
 */
public record GetUserAccess(int channel, int userId) implements IpmiRequest<GetUserAccess.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get User Access", NetFn.APP, 0x44, PrivilegeLevel.OPERATOR);

    /** Bits 7:6 of byte 2. */
    public enum EnableStatus { UNSPECIFIED, ENABLED, DISABLED, RESERVED }

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
        out.put((byte) (channel & 0x0F)).put((byte) (userId & 0x3F));
    }

    public static GetUserAccess decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 2, "Get User Access request");
        return new GetUserAccess(Wire.u8(data) & 0x0F, Wire.u8(data) & 0x3F);
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        String what = "Get User Access response";
        Wire.need(data, 4, what);
        int max = Wire.u8(data) & 0x3F;
        int b2 = Wire.u8(data);
        int fixed = Wire.u8(data) & 0x3F;
        int b4 = Wire.u8(data);
        return new Response(max, EnableStatus.values()[b2 >>> 6], b2 & 0x3F, fixed, (b4 & 0x40) != 0,
                (b4 & 0x20) != 0, (b4 & 0x10) != 0, PrivilegeLimit.decode(b4 & 0x0F, what));
    }

    public record Response(int maxUserIds, EnableStatus status, int enabledUserIds, int fixedNameUserIds,
                           boolean callbackOnly, boolean linkAuthentication, boolean ipmiMessaging,
                           PrivilegeLimit privilegeLimit) implements CommandResponse {
        @Override
        public int encodedLength() {
            return 4;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) maxUserIds).put((byte) (status.ordinal() << 6 | enabledUserIds)).put((byte) fixedNameUserIds);
            out.put((byte) ((callbackOnly ? 0x40 : 0) | (linkAuthentication ? 0x20 : 0) | (ipmiMessaging ? 0x10 : 0)
                    | privilegeLimit.code()));
        }
    }
}
