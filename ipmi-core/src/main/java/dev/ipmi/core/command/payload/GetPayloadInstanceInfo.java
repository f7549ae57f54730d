package dev.ipmi.core.command.payload;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import dev.ipmi.core.command.Octets;

/**
 * Get Payload Instance Info (IPMI v2.0 section 24.5): NetFn App (06h), command 4Bh,
 * privilege User, no side effects. Tells which session holds a payload instance; feed the id
 * to Get Session Info to learn the user.
 *
 * <pre>
 * request:  b5:0 payload type | instance
 * response: owner session id (4, LS first, 0 = not active) | payload-specific (8; SOL: serial port number, reserved)
 * </pre>
 *
 * ipmi_sim: {@code 00 00 00 00 01 00 ...} idle, {@code 82 0c 00 00 01 00 ...} when BMC session 00000C82h holds SOL.
 */
public record GetPayloadInstanceInfo(PayloadType payloadType, int instance) implements IpmiRequest<GetPayloadInstanceInfo.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get Payload Instance Info", NetFn.APP, 0x4B, PrivilegeLevel.USER);

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
        out.put((byte) payloadType.code()).put((byte) instance);
    }

    public static GetPayloadInstanceInfo decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 2, "Get Payload Instance Info request");
        return new GetPayloadInstanceInfo(new PayloadType(Wire.u8(data) & 0x3F), Wire.u8(data));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 12, "Get Payload Instance Info response");
        return new Response(Wire.i32le(data), Octets.read(data, 8, "Get Payload Instance Info response"));
    }

    /** @param ownerSessionId the BMC session id of the owner, 0 when the instance is not active */
    public record Response(int ownerSessionId, Octets payloadSpecific) implements CommandResponse {
        public Response {
            if (payloadSpecific.length() != 8) {
                throw new IllegalArgumentException("payload-specific info is 8 bytes");
            }
        }

        public boolean active() {
            return ownerSessionId != 0;
        }

        @Override
        public int encodedLength() {
            return 12;
        }

        @Override
        public void encode(ByteBuffer out) {
            Wire.putI32le(out, ownerSessionId);
            payloadSpecific.writeTo(out);
        }
    }
}
