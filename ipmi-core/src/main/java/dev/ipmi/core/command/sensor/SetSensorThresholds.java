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
 * Set Sensor Thresholds (IPMI v2.0 section 35.8): NetFn Sensor/Event (04h), command 26h,
 * privilege Operator, side effect: changes when the sensor raises events. Request: sensor
 * number, then the mask of thresholds to set and six raw values; no response data.
 */
public record SetSensorThresholds(int sensorNumber, ThresholdValues values) implements IpmiRequest<SetSensorThresholds.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Set Sensor Thresholds", NetFn.SENSOR_EVENT, 0x26, PrivilegeLevel.OPERATOR);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 1 + ThresholdValues.LENGTH;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) sensorNumber);
        values.encode(out);
    }

    public static SetSensorThresholds decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1 + ThresholdValues.LENGTH, "Set Sensor Thresholds request");
        return new SetSensorThresholds(Wire.u8(data), ThresholdValues.decode(data, "Set Sensor Thresholds request"));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) {
        return new Response();
    }

    /** No data. */
    public record Response() implements CommandResponse {}
}
