package dev.ipmi.core.command.app;

import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import java.nio.ByteBuffer;

/**
 * Reset Watchdog Timer (IPMI v2.0 section 27.5): NetFn App (06h), command 22h, privilege
 * Operator, side effect: restarts the countdown from its initial value. No data; completion
 * code 80h means the timer was never initialised by Set Watchdog Timer.
 */
public record ResetWatchdogTimer() implements IpmiRequest<ResetWatchdogTimer.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Reset Watchdog Timer", NetFn.APP, 0x22, PrivilegeLevel.OPERATOR);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    public static ResetWatchdogTimer decodeRequest(ByteBuffer data) {
        return new ResetWatchdogTimer();
    }

    @Override
    public Response decodeResponse(ByteBuffer data) {
        return new Response();
    }

    /** No data. */
    public record Response() implements CommandResponse {}
}
