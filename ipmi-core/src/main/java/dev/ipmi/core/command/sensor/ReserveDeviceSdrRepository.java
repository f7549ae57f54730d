package dev.ipmi.core.command.sensor;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * Reserve Device SDR Repository (IPMI v2.0 section 35.4): NetFn Sensor/Event (04h), command
 * 22h, privilege User, side effect: cancels any earlier reservation. Response: reservation id
 * (2, LS first) for partial Get Device SDR reads.
 */
public record ReserveDeviceSdrRepository() implements IpmiRequest<ReserveDeviceSdrRepository.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Reserve Device SDR Repository", NetFn.SENSOR_EVENT, 0x22, PrivilegeLevel.USER);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    public static ReserveDeviceSdrRepository decodeRequest(ByteBuffer data) {
        return new ReserveDeviceSdrRepository();
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 2, "Reserve Device SDR Repository response");
        return new Response(Wire.u16le(data));
    }

    public record Response(int reservationId) implements CommandResponse {
        @Override
        public int encodedLength() {
            return 2;
        }

        @Override
        public void encode(ByteBuffer out) {
            Wire.putU16le(out, reservationId);
        }
    }
}
