package dev.ipmi.core.command.sensor;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.Set;

/**
 * Get PEF Capabilities (IPMI v2.0 section 30.1): NetFn Sensor/Event (04h), command 10h,
 * privilege User, no side effects.
 *
 * <pre>response: PEF version (BCD, 51h = 1.5) | supported actions (b5 diag interrupt ... b0 alert) | event filter table entries</pre>
 */
public record GetPefCapabilities() implements IpmiRequest<GetPefCapabilities.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get PEF Capabilities", NetFn.SENSOR_EVENT, 0x10, PrivilegeLevel.USER);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    public static GetPefCapabilities decodeRequest(ByteBuffer data) {
        return new GetPefCapabilities();
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 3, "Get PEF Capabilities response");
        int v = Wire.u8(data);
        return new Response(v & 0x0F, v >>> 4, PefAction.fromBits(Wire.u8(data)), Wire.u8(data));
    }

    public record Response(int versionMajor, int versionMinor, Set<PefAction> supportedActions, int eventFilterEntries)
            implements CommandResponse {
        public Response {
            supportedActions = Set.copyOf(supportedActions);
        }

        @Override
        public int encodedLength() {
            return 3;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) (versionMinor << 4 | versionMajor & 0x0F)).put((byte) PefAction.toBits(supportedActions))
                    .put((byte) eventFilterEntries);
        }
    }
}
