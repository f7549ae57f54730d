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
 * Get Sensor Thresholds (IPMI v2.0 section 35.9): NetFn Sensor/Event (04h), command 27h,
 * privilege User, no side effects. Request: sensor number; response: readable mask and six
 * raw values ({@link ThresholdValues}).
 */
public record GetSensorThresholds(int sensorNumber) implements IpmiRequest<GetSensorThresholds.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get Sensor Thresholds", NetFn.SENSOR_EVENT, 0x27, PrivilegeLevel.USER);

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
        out.put((byte) sensorNumber);
    }

    public static GetSensorThresholds decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Get Sensor Thresholds request");
        return new GetSensorThresholds(Wire.u8(data));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        return new Response(ThresholdValues.decode(data, "Get Sensor Thresholds response"));
    }

    /** @param readable the thresholds the sensor reports, raw */
    public record Response(ThresholdValues readable) implements CommandResponse {
        @Override
        public int encodedLength() {
            return ThresholdValues.LENGTH;
        }

        @Override
        public void encode(ByteBuffer out) {
            readable.encode(out);
        }
    }
}
