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
 * Deactivate Payload (IPMI v2.0 section 24.2): NetFn App (06h), command 49h, privilege User,
 * side effect: ends a payload instance, whichever session owns it (ipmi_sim lets any session
 * do it and tells the owner nothing). Completion code 80h: not active.
 *
 * <pre>request: b5:0 payload type | b3:0 instance | auxiliary data (4, zero)</pre>
 */
public record DeactivatePayload(PayloadType payloadType, int instance) implements IpmiRequest<DeactivatePayload.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Deactivate Payload", NetFn.APP, 0x49, PrivilegeLevel.USER);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 6;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) payloadType.code()).put((byte) instance);
        Wire.putI32le(out, 0);
    }

    public static DeactivatePayload decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 6, "Deactivate Payload request");
        DeactivatePayload d = new DeactivatePayload(new PayloadType(Wire.u8(data) & 0x3F), Wire.u8(data) & 0x0F);
        Octets.read(data, 4, "Deactivate Payload request");
        return d;
    }

    @Override
    public Response decodeResponse(ByteBuffer data) {
        return new Response();
    }

    /** No data. */
    public record Response() implements CommandResponse {}
}
