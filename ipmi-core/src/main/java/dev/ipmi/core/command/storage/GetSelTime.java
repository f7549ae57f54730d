package dev.ipmi.core.command.storage;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * Get SEL Time (IPMI v2.0 section 31.10): NetFn Storage (0Ah), command 48h, privilege User,
 * no side effects. Response: the SEL clock as a {@link Timestamp} (4, LS first).
 */
public record GetSelTime() implements IpmiRequest<GetSelTime.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get SEL Time", NetFn.STORAGE, 0x48, PrivilegeLevel.USER);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    public static GetSelTime decodeRequest(ByteBuffer data) {
        return new GetSelTime();
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 4, "Get SEL Time response");
        return new Response(Timestamp.decode(data));
    }

    public record Response(Timestamp time) implements CommandResponse {
        @Override
        public int encodedLength() {
            return 4;
        }

        @Override
        public void encode(ByteBuffer out) {
            time.encode(out);
        }
    }
}
