package dev.ipmi.core.command.session;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import dev.ipmi.core.command.Octets;
import dev.ipmi.core.wire.AuthType;

/**
 * Activate Session (IPMI v2.0 section 22.17): NetFn App (06h), command 3Ah, sent in the
 * temporary IPMI 1.5 session (Callback), side effect: activates it.
 *
 * <pre>
 * request:  auth type | max privilege | challenge (16) | initial outbound sequence (4, LS first)
 * response: auth type | session id (4) | initial inbound sequence (4) | max privilege
 * </pre>
 *
 * Completion code 86h: privilege above the user's limit (seen on ipmi_sim).
 */
public record ActivateSession(AuthType authType, PrivilegeLevel maxPrivilege, Octets challenge,
                              int initialOutboundSequence) implements IpmiRequest<ActivateSession.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Activate Session", NetFn.APP, 0x3A, PrivilegeLevel.CALLBACK);

    public ActivateSession {
        if (challenge.length() != 16) {
            throw new IllegalArgumentException("challenge is 16 bytes");
        }
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 22;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) authType.code()).put((byte) maxPrivilege.code());
        challenge.writeTo(out);
        Wire.putI32le(out, initialOutboundSequence);
    }

    public static ActivateSession decodeRequest(ByteBuffer data) throws MalformedPacketException {
        String what = "Activate Session request";
        Wire.need(data, 22, what);
        AuthType type = AuthTypes.decode(Wire.u8(data) & 0x0F, what);
        PrivilegeLevel p = PrivilegeLevel.decode(Wire.u8(data) & 0x0F, what);
        return new ActivateSession(type, p, Octets.read(data, 16, what), Wire.i32le(data));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        String what = "Activate Session response";
        Wire.need(data, 10, what);
        AuthType type = AuthTypes.decode(Wire.u8(data) & 0x0F, what);
        int id = Wire.i32le(data);
        int seq = Wire.i32le(data);
        return new Response(type, id, seq, PrivilegeLevel.decode(Wire.u8(data) & 0x0F, what));
    }

    /** @param authType what the rest of the session uses (may differ when per-message auth is off) */
    public record Response(AuthType authType, int sessionId, int initialInboundSequence, PrivilegeLevel maxPrivilege)
            implements CommandResponse {
        @Override
        public int encodedLength() {
            return 10;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) authType.code());
            Wire.putI32le(out, sessionId);
            Wire.putI32le(out, initialInboundSequence);
            out.put((byte) maxPrivilege.code());
        }
    }
}
