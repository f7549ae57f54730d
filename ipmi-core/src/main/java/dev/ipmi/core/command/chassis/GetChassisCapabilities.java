package dev.ipmi.core.command.chassis;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.OptionalInt;

/**
 * Get Chassis Capabilities (IPMI v2.0 section 28.1): NetFn Chassis (00h), command 00h,
 * privilege User, no side effects.
 *
 * <pre>
 * response: b3 power interlock, b2 diagnostic interrupt, b1 front panel lockout, b0 intrusion sensor |
 *           FRU device address | SDR device address | SEL device address |
 *           system management device address | [bridge device address]
 * </pre>
 */
public record GetChassisCapabilities() implements IpmiRequest<GetChassisCapabilities.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get Chassis Capabilities", NetFn.CHASSIS, 0x00, PrivilegeLevel.USER);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    public static GetChassisCapabilities decodeRequest(ByteBuffer data) {
        return new GetChassisCapabilities();
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 5, "Get Chassis Capabilities response");
        int f = Wire.u8(data);
        return new Response((f & 0x08) != 0, (f & 0x04) != 0, (f & 0x02) != 0, (f & 0x01) != 0, Wire.u8(data),
                Wire.u8(data), Wire.u8(data), Wire.u8(data),
                data.hasRemaining() ? OptionalInt.of(Wire.u8(data)) : OptionalInt.empty());
    }

    /** Addresses are 8-bit IPMB slave addresses; the bridge address is optional (defaults to the BMC, 20h). */
    public record Response(boolean powerInterlock, boolean diagnosticInterrupt, boolean frontPanelLockout,
                           boolean intrusionSensor, int fruDeviceAddress, int sdrDeviceAddress, int selDeviceAddress,
                           int systemManagementDeviceAddress, OptionalInt bridgeDeviceAddress) implements CommandResponse {
        @Override
        public int encodedLength() {
            return bridgeDeviceAddress.isPresent() ? 6 : 5;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) ((powerInterlock ? 8 : 0) | (diagnosticInterrupt ? 4 : 0) | (frontPanelLockout ? 2 : 0)
                    | (intrusionSensor ? 1 : 0)));
            out.put((byte) fruDeviceAddress).put((byte) sdrDeviceAddress).put((byte) selDeviceAddress)
                    .put((byte) systemManagementDeviceAddress);
            bridgeDeviceAddress.ifPresent(a -> out.put((byte) a));
        }
    }
}
