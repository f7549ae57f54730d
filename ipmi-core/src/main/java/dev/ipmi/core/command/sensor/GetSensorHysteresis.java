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
 * Get Sensor Hysteresis (IPMI v2.0 section 35.7): NetFn Sensor/Event (04h), command 25h,
 * privilege User, no side effects.
 *
 * <pre>
 * request:  sensor number | FFh (reserved hysteresis mask)
 * response: positive-going hysteresis (raw) | negative-going hysteresis (raw)
 * </pre>
 */
public record GetSensorHysteresis(int sensorNumber) implements IpmiRequest<GetSensorHysteresis.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get Sensor Hysteresis", NetFn.SENSOR_EVENT, 0x25, PrivilegeLevel.USER);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 2;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) sensorNumber).put((byte) 0xFF);
    }

    public static GetSensorHysteresis decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 2, "Get Sensor Hysteresis request");
        GetSensorHysteresis r = new GetSensorHysteresis(Wire.u8(data));
        data.get();
        return r;
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 2, "Get Sensor Hysteresis response");
        return new Response(Wire.u8(data), Wire.u8(data));
    }

    /** Raw values in sensor units (convert with the SDR's M, B, R); 0 means none. */
    public record Response(int positiveGoingRaw, int negativeGoingRaw) implements CommandResponse {
        @Override
        public int encodedLength() {
            return 2;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) positiveGoingRaw).put((byte) negativeGoingRaw);
        }
    }
}
