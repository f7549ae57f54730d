package dev.ipmi.core.command.app;

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
 * Get Watchdog Timer (IPMI v2.0 section 27.7): NetFn App (06h), command 25h, privilege User,
 * no side effects. Response: {@link WatchdogSettings} ({@code flag} = timer is running) then
 * the present countdown (2 bytes, 100 ms units).
 */
public record GetWatchdogTimer() implements IpmiRequest<GetWatchdogTimer.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get Watchdog Timer", NetFn.APP, 0x25, PrivilegeLevel.USER);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    public static GetWatchdogTimer decodeRequest(ByteBuffer data) {
        return new GetWatchdogTimer();
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        WatchdogSettings s = WatchdogSettings.decode(data, "Get Watchdog Timer response");
        Wire.need(data, 2, "Get Watchdog Timer response");
        return new Response(s, Countdown.decode(data));
    }

    public record Response(WatchdogSettings settings, Duration presentCountdown) implements CommandResponse {
        public boolean running() {
            return settings.flag();
        }

        @Override
        public int encodedLength() {
            return WatchdogSettings.LENGTH + 2;
        }

        @Override
        public void encode(ByteBuffer out) {
            settings.encode(out);
            Countdown.encode(out, presentCountdown);
        }
    }
}
