package dev.ipmi.core.command.chassis;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * Chassis Control (IPMI v2.0 section 28.3): NetFn Chassis (00h), command 02h, privilege
 * Operator, side effect: powers the host down/up, cycles, resets it, pulses a diagnostic
 * interrupt or asks the OS to shut down. Request: b3:0 {@link Control}; no response data.
 *
 * <pre>{@code session.send(new ChassisControl(ChassisControl.Control.POWER_CYCLE)).join();}</pre>
 */
public record ChassisControl(Control control) implements IpmiRequest<ChassisControl.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Chassis Control", NetFn.CHASSIS, 0x02, PrivilegeLevel.OPERATOR);

    /** The action, in wire order. */
    public enum Control { POWER_DOWN, POWER_UP, POWER_CYCLE, HARD_RESET, PULSE_DIAGNOSTIC_INTERRUPT, SOFT_SHUTDOWN }

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
        out.put((byte) control.ordinal());
    }

    public static ChassisControl decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Chassis Control request");
        int c = Wire.u8(data) & 0x0F;
        if (c >= Control.values().length) {
            throw new MalformedPacketException("Chassis Control request: reserved control " + c);
        }
        return new ChassisControl(Control.values()[c]);
    }

    @Override
    public Response decodeResponse(ByteBuffer data) {
        return new Response();
    }

    /** No data. */
    public record Response() implements CommandResponse {}
}
