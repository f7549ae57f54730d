package dev.ipmi.core.command.chassis;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.time.Duration;

/**
 * Get POH Counter (IPMI v2.0 section 28.14): NetFn Chassis (00h), command 0Fh, privilege
 * User, no side effects. Response: minutes per count | counter (4, LS first).
 */
public record GetPohCounter() implements IpmiRequest<GetPohCounter.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get POH Counter", NetFn.CHASSIS, 0x0F, PrivilegeLevel.USER);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    public static GetPohCounter decodeRequest(ByteBuffer data) {
        return new GetPohCounter();
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 5, "Get POH Counter response");
        return new Response(Wire.u8(data), Wire.i32le(data) & 0xFFFFFFFFL);
    }

    /** @param counts unsigned 32-bit counter */
    public record Response(int minutesPerCount, long counts) implements CommandResponse {
        /** Total power-on time the counter represents. */
        public Duration powerOnTime() {
            return Duration.ofMinutes(minutesPerCount * counts);
        }

        @Override
        public int encodedLength() {
            return 5;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) minutesPerCount);
            Wire.putI32le(out, (int) counts);
        }
    }
}
