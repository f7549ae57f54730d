package dev.ipmi.core.command.app;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import java.nio.ByteBuffer;

/**
 * Set Watchdog Timer (IPMI v2.0 section 27.6): NetFn App (06h), command 24h, privilege
 * Operator, side effect: configures (and unless "don't stop" is set, stops) the watchdog.
 * Request: {@link WatchdogSettings} ({@code flag} = don't stop the timer); no response data.
 */
public record SetWatchdogTimer(WatchdogSettings settings) implements IpmiRequest<SetWatchdogTimer.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Set Watchdog Timer", NetFn.APP, 0x24, PrivilegeLevel.OPERATOR);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return WatchdogSettings.LENGTH;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        settings.encode(out);
    }

    public static SetWatchdogTimer decodeRequest(ByteBuffer data) throws MalformedPacketException {
        return new SetWatchdogTimer(WatchdogSettings.decode(data, "Set Watchdog Timer request"));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) {
        return new Response();
    }

    /** No data. */
    public record Response() implements CommandResponse {}
}
