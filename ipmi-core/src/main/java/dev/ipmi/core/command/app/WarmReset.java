package dev.ipmi.core.command.app;

import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import java.nio.ByteBuffer;

/**
 * Warm Reset (IPMI v2.0 section 20.3): NetFn App (06h), command 03h, privilege Administrator, side
 * effect: warm reset: communication interfaces restart, sensors and SEL are kept. No request or response data; the answer may never arrive.
 */
public record WarmReset() implements IpmiRequest<WarmReset.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Warm Reset", NetFn.APP, 0x03, PrivilegeLevel.ADMINISTRATOR);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    public static WarmReset decodeRequest(ByteBuffer data) {
        return new WarmReset();
    }

    @Override
    public Response decodeResponse(ByteBuffer data) {
        return new Response();
    }

    /** No data. */
    public record Response() implements CommandResponse {}
}
