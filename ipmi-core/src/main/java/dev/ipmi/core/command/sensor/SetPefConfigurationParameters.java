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
 * Set PEF Configuration Parameters (IPMI v2.0 section 30.3): NetFn Sensor/Event (04h),
 * command 12h, privilege Administrator, side effect: changes platform event filtering.
 * Request: b6:0 selector | parameter data ({@link PefParameter}); no response data.
 */
public record SetPefConfigurationParameters(PefParameter parameter) implements IpmiRequest<SetPefConfigurationParameters.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Set PEF Configuration Parameters", NetFn.SENSOR_EVENT, 0x12, PrivilegeLevel.ADMINISTRATOR);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 1 + parameter.dataLength();
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) parameter.selector());
        parameter.encodeData(out);
    }

    public static SetPefConfigurationParameters decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Set PEF Configuration Parameters request");
        return new SetPefConfigurationParameters(PefParameter.decode(Wire.u8(data) & 0x7F, data));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) {
        return new Response();
    }

    /** No data. */
    public record Response() implements CommandResponse {}
}
