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
import java.nio.charset.StandardCharsets;

/**
 * Get Session Challenge (IPMI v2.0 section 22.16): NetFn App (06h), command 39h, sent outside
 * a session (Callback), side effect: allocates a temporary IPMI 1.5 session.
 *
 * <pre>
 * request:  auth type | user name (16, NUL padded)
 * response: temporary session id (4, LS first) | challenge (16)
 * </pre>
 *
 * An unknown user gets completion code 81h (ipmi_sim does this).
 *
 * @param userName ASCII, at most 16 bytes; empty for the null user
 */
public record GetSessionChallenge(AuthType authType, String userName) implements IpmiRequest<GetSessionChallenge.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Get Session Challenge", NetFn.APP, 0x39, PrivilegeLevel.CALLBACK);

    public GetSessionChallenge {
        if (userName.getBytes(StandardCharsets.US_ASCII).length > 16) {
            throw new IllegalArgumentException("user name is at most 16 bytes");
        }
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 17;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) authType.code());
        byte[] name = userName.getBytes(StandardCharsets.US_ASCII);
        out.put(name).put(new byte[16 - name.length]);
    }

    public static GetSessionChallenge decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 17, "Get Session Challenge request");
        AuthType type = AuthTypes.decode(Wire.u8(data) & 0x0F, "Get Session Challenge request");
        byte[] name = Wire.bytes(data, 16, "Get Session Challenge request");
        int n = 0;
        while (n < 16 && name[n] != 0) {
            n++;
        }
        return new GetSessionChallenge(type, new String(name, 0, n, StandardCharsets.US_ASCII));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 20, "Get Session Challenge response");
        return new Response(Wire.i32le(data), Octets.read(data, 16, "Get Session Challenge response"));
    }

    /** @param challenge 16 random bytes to echo in Activate Session */
    public record Response(int temporarySessionId, Octets challenge) implements CommandResponse {
        @Override
        public int encodedLength() {
            return 20;
        }

        @Override
        public void encode(ByteBuffer out) {
            Wire.putI32le(out, temporarySessionId);
            challenge.writeTo(out);
        }
    }
}
