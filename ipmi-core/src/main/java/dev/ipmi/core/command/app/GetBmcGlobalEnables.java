package dev.ipmi.core.command.app;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.Set;

/**
 * Get BMC Global Enables (IPMI v2.0 section 22.2): NetFn App (06h), command 2Fh, privilege
 * User, no side effects. Response: one byte of {@link BmcGlobalEnables} bits.
 */
public record GetBmcGlobalEnables() implements IpmiRequest<GetBmcGlobalEnables.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get BMC Global Enables", NetFn.APP, 0x2F, PrivilegeLevel.USER);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    public static GetBmcGlobalEnables decodeRequest(ByteBuffer data) {
        return new GetBmcGlobalEnables();
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Get BMC Global Enables response");
        return new Response(BmcGlobalEnables.fromByte(Wire.u8(data)));
    }

    public record Response(Set<BmcGlobalEnables> enabled) implements CommandResponse {
        public Response {
            enabled = Set.copyOf(enabled);
        }

        @Override
        public int encodedLength() {
            return 1;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) BmcGlobalEnables.toByte(enabled));
        }
    }
}
