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
 * Set BMC Global Enables (IPMI v2.0 section 22.1): NetFn App (06h), command 2Eh, privilege
 * Administrator, side effect: replaces the enable bits (read them first to change one).
 * Request: one byte of {@link BmcGlobalEnables}; no response data.
 */
public record SetBmcGlobalEnables(Set<BmcGlobalEnables> enabled) implements IpmiRequest<SetBmcGlobalEnables.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Set BMC Global Enables", NetFn.APP, 0x2E, PrivilegeLevel.ADMINISTRATOR);

    public SetBmcGlobalEnables {
        enabled = Set.copyOf(enabled);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 1;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) BmcGlobalEnables.toByte(enabled));
    }

    public static SetBmcGlobalEnables decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Set BMC Global Enables request");
        return new SetBmcGlobalEnables(BmcGlobalEnables.fromByte(Wire.u8(data)));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) {
        return new Response();
    }

    /** No data. */
    public record Response() implements CommandResponse {}
}
