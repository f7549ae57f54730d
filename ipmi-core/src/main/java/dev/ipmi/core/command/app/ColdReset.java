package dev.ipmi.core.command.app;

import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import java.nio.ByteBuffer;

/**
 * Cold Reset (IPMI v2.0 section 20.2): NetFn App (06h), command 02h, privilege Administrator, side
 * effect: cold reset: the BMC reinitialises everything, sessions included. No request or response data; the answer may never arrive.
 */
public record ColdReset() implements IpmiRequest<ColdReset.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Cold Reset", NetFn.APP, 0x02, PrivilegeLevel.ADMINISTRATOR);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    public static ColdReset decodeRequest(ByteBuffer data) {
        return new ColdReset();
    }

    @Override
    public Response decodeResponse(ByteBuffer data) {
        return new Response();
    }

    /** No data. */
    public record Response() implements CommandResponse {}
}
