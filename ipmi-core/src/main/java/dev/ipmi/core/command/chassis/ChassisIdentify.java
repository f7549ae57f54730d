package dev.ipmi.core.command.chassis;

import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;

/**
 * Chassis Identify (IPMI v2.0 section 28.5): NetFn Chassis (00h), command 04h, privilege
 * Operator, side effect: blinks the identify light.
 *
 * <pre>request: [interval in seconds, 0 = off (default 15 s)] | [b0 force on indefinitely]</pre>
 *
 * No response data; ipmi_sim appends 35 bytes of garbage after the completion code, which are
 * ignored.
 *
 * @param interval absent for the BMC's default (15 s); whole seconds up to 255
 * @param forceOn  identify until told otherwise (sends the second byte)
 */
public record ChassisIdentify(Optional<Duration> interval, boolean forceOn) implements IpmiRequest<ChassisIdentify.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Chassis Identify", NetFn.CHASSIS, 0x04, PrivilegeLevel.OPERATOR);

    public ChassisIdentify {
        interval.ifPresent(d -> {
            if (d.isNegative() || d.getSeconds() > 255 || d.getNano() != 0) {
                throw new IllegalArgumentException("identify interval is 0..255 whole seconds: " + d);
            }
        });
        if (forceOn && interval.isEmpty()) {
            throw new IllegalArgumentException("force on is sent after an interval byte");
        }
    }

    public static ChassisIdentify forSeconds(int seconds) {
        return new ChassisIdentify(Optional.of(Duration.ofSeconds(seconds)), false);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return forceOn ? 2 : interval.isPresent() ? 1 : 0;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        interval.ifPresent(d -> out.put((byte) d.getSeconds()));
        if (forceOn) {
            out.put((byte) 1);
        }
    }

    public static ChassisIdentify decodeRequest(ByteBuffer data) {
        Optional<Duration> interval = data.hasRemaining() ? Optional.of(Duration.ofSeconds(Wire.u8(data))) : Optional.empty();
        boolean force = data.hasRemaining() && (Wire.u8(data) & 1) != 0;
        return new ChassisIdentify(interval, force);
    }

    @Override
    public Response decodeResponse(ByteBuffer data) {
        return new Response();
    }

    /** No data. */
    public record Response() implements CommandResponse {}
}
