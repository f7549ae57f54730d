package dev.ipmi.core.command.chassis;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.Set;

/**
 * Set Power Restore Policy (IPMI v2.0 section 28.8): NetFn Chassis (00h), command 06h,
 * privilege Operator, side effect: changes what happens after AC loss.
 *
 * <pre>
 * request:  b2:0 policy (0 always off, 1 previous, 2 always on, 3 no change: just report)
 * response: supported policies (b2 always on, b1 previous, b0 always off)
 * </pre>
 *
 * @param policy the new policy, {@code null} to only read which policies are supported
 */
public record SetPowerRestorePolicy(PowerRestorePolicy policy) implements IpmiRequest<SetPowerRestorePolicy.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Set Power Restore Policy", NetFn.CHASSIS, 0x06, PrivilegeLevel.OPERATOR);
    private static final int NO_CHANGE = 3;

    public SetPowerRestorePolicy {
        if (policy == PowerRestorePolicy.UNKNOWN) {
            throw new IllegalArgumentException("UNKNOWN is not a policy to set; use null to only read");
        }
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
        out.put((byte) (policy == null ? NO_CHANGE : policy.ordinal()));
    }

    public static SetPowerRestorePolicy decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Set Power Restore Policy request");
        int p = Wire.u8(data) & 0x07;
        if (p > NO_CHANGE) {
            throw new MalformedPacketException("Set Power Restore Policy request: reserved policy " + p);
        }
        return new SetPowerRestorePolicy(p == NO_CHANGE ? null : PowerRestorePolicy.values()[p]);
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Set Power Restore Policy response");
        int b = Wire.u8(data);
        EnumSet<PowerRestorePolicy> s = EnumSet.noneOf(PowerRestorePolicy.class);
        for (int i = 0; i < 3; i++) {
            if ((b & 1 << i) != 0) {
                s.add(PowerRestorePolicy.values()[i]);
            }
        }
        return new Response(s);
    }

    public record Response(Set<PowerRestorePolicy> supported) implements CommandResponse {
        public Response {
            supported = Set.copyOf(supported);
            if (supported.contains(PowerRestorePolicy.UNKNOWN)) {
                throw new IllegalArgumentException("UNKNOWN is not a policy");
            }
        }

        @Override
        public int encodedLength() {
            return 1;
        }

        @Override
        public void encode(ByteBuffer out) {
            int b = 0;
            for (PowerRestorePolicy p : supported) {
                b |= 1 << p.ordinal();
            }
            out.put((byte) b);
        }
    }
}
