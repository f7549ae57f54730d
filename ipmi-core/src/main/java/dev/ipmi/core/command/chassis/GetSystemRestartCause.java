package dev.ipmi.core.command.chassis;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * Get System Restart Cause (IPMI v2.0 section 28.11): NetFn Chassis (00h), command 07h,
 * privilege User, no side effects. Response: b3:0 {@link RestartCause} | channel the cause came in on.
 */
public record GetSystemRestartCause() implements IpmiRequest<GetSystemRestartCause.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get System Restart Cause", NetFn.CHASSIS, 0x07, PrivilegeLevel.USER);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    public static GetSystemRestartCause decodeRequest(ByteBuffer data) {
        return new GetSystemRestartCause();
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 2, "Get System Restart Cause response");
        return new Response(new RestartCause(Wire.u8(data) & 0x0F), Wire.u8(data) & 0x0F);
    }

    public record Response(RestartCause cause, int channel) implements CommandResponse {
        @Override
        public int encodedLength() {
            return 2;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) cause.code()).put((byte) channel);
        }
    }
}
