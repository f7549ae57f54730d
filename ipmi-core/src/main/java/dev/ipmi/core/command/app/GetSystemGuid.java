package dev.ipmi.core.command.app;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.Octets;
import dev.ipmi.core.command.PrivilegeLevel;
import java.nio.ByteBuffer;

/**
 * Get System GUID (IPMI v2.0 section 22.14): NetFn App (06h), command 37h, privilege User, no
 * side effects. Response: the 16-byte GUID of the managed system, in the byte order
 * the BMC sends (IPMI GUIDs are stored least significant byte first). Works on ipmi_sim.
 */
public record GetSystemGuid() implements IpmiRequest<GetSystemGuid.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get System GUID", NetFn.APP, 0x37, PrivilegeLevel.USER);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    public static GetSystemGuid decodeRequest(ByteBuffer data) {
        return new GetSystemGuid();
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        return new Response(Octets.read(data, 16, "Get System GUID response"));
    }

    /** @param guid 16 bytes as sent */
    public record Response(Octets guid) implements CommandResponse {
        @Override
        public int encodedLength() {
            return 16;
        }

        @Override
        public void encode(ByteBuffer out) {
            guid.writeTo(out);
        }
    }
}
