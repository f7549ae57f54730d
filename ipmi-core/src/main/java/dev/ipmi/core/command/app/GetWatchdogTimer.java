package dev.ipmi.core.command.app;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;

/**
 * Get Watchdog Timer (IPMI v2.0 section 27.7): NetFn App (06h), command 25h, privilege User,
 * no side effects. Response: {@link WatchdogSettings} ({@code flag} = timer is running) then
 * the present countdown (2 bytes, 100 ms units). The countdown is optional here although the spec
 * requires it: ipmi_sim (OpenIPMI 2.0.33) cuts its answer after the initial countdown
 * ({@code 00 00 00 00 00 00}).
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
        if (data.remaining() < 2) {
            return new Response(s, Optional.empty());
        }
        return new Response(s, Optional.of(Countdown.decode(data)));
    }

    /** @param presentCountdown empty when the BMC left it out */
    public record Response(WatchdogSettings settings, Optional<Duration> presentCountdown) implements CommandResponse {
        public boolean running() {
            return settings.flag();
        }

        @Override
        public int encodedLength() {
            return WatchdogSettings.LENGTH + (presentCountdown.isPresent() ? 2 : 0);
        }

        @Override
        public void encode(ByteBuffer out) {
            settings.encode(out);
            presentCountdown.ifPresent(d -> Countdown.encode(out, d));
        }
    }
}
