package dev.ipmi.core.command.sensor;

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
 * Get Device SDR Info (IPMI v2.0 section 35.2): NetFn Sensor/Event (04h), command 20h,
 * privilege User, no side effects. For controllers with a device SDR repository instead of
 * (or besides) the BMC's SDR repository.
 *
 * <pre>
 * request:  [b0 1 = count SDRs, 0 = count sensors]
 * response: count | b7 dynamic population, b3:0 LUNs that have sensors | [population change indicator (4)]
 * </pre>
 */
public record GetDeviceSdrInfo(boolean countSdrs) implements IpmiRequest<GetDeviceSdrInfo.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get Device SDR Info", NetFn.SENSOR_EVENT, 0x20, PrivilegeLevel.USER);

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
        out.put((byte) (countSdrs ? 1 : 0));
    }

    public static GetDeviceSdrInfo decodeRequest(ByteBuffer data) {
        return new GetDeviceSdrInfo(data.hasRemaining() && (Wire.u8(data) & 1) != 0);
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 2, "Get Device SDR Info response");
        int count = Wire.u8(data);
        int flags = Wire.u8(data);
        OptionalInt change = data.remaining() >= 4 ? OptionalInt.of(Wire.i32le(data)) : OptionalInt.empty();
        return new Response(count, (flags & 0x80) != 0, flags & 0x0F, change);
    }

    /**
     * @param lunsWithSensors bit n set: LUN n has sensors
     * @param populationChangeIndicator present with dynamic population: changes whenever the set changes
     */
    public record Response(int count, boolean dynamicPopulation, int lunsWithSensors, OptionalInt populationChangeIndicator)
            implements CommandResponse {
        @Override
        public int encodedLength() {
            return populationChangeIndicator.isPresent() ? 6 : 2;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) count).put((byte) ((dynamicPopulation ? 0x80 : 0) | lunsWithSensors));
            populationChangeIndicator.ifPresent(v -> Wire.putI32le(out, v));
        }
    }
}
