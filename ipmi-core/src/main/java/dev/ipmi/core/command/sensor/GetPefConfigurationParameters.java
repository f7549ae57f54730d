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
 * Get PEF Configuration Parameters (IPMI v2.0 section 30.4): NetFn Sensor/Event (04h),
 * command 13h, privilege Operator, no side effects.
 *
 * <pre>
 * request:  b7 revision only, b6:0 selector | set selector | block selector
 * response: parameter revision | [parameter data, absent for "revision only"]
 * </pre>
 *
 * @param revisionOnly ask only for the parameter revision: the response has no parameter
 */
public record GetPefConfigurationParameters(boolean revisionOnly, int selector, int setSelector, int blockSelector)
        implements IpmiRequest<GetPefConfigurationParameters.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get PEF Configuration Parameters", NetFn.SENSOR_EVENT, 0x13, PrivilegeLevel.OPERATOR);

    public GetPefConfigurationParameters {
        if (selector < 0 || selector > 0x7F) {
            throw new IllegalArgumentException("parameter selector is 7 bits: " + selector);
        }
    }

    public static GetPefConfigurationParameters of(int selector) {
        return new GetPefConfigurationParameters(false, selector, 0, 0);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 3;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) ((revisionOnly ? 0x80 : 0) | selector)).put((byte) setSelector).put((byte) blockSelector);
    }

    public static GetPefConfigurationParameters decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 3, "Get PEF Configuration Parameters request");
        int b = Wire.u8(data);
        return new GetPefConfigurationParameters((b & 0x80) != 0, b & 0x7F, Wire.u8(data), Wire.u8(data));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Get PEF Configuration Parameters response");
        int revision = Wire.u8(data);
        return new Response(revision, revisionOnly ? null : PefParameter.decode(selector, data));
    }

    /** @param parameter {@code null} when only the revision was asked for */
    public record Response(int revision, PefParameter parameter) implements CommandResponse {
        @Override
        public int encodedLength() {
            return 1 + (parameter == null ? 0 : parameter.dataLength());
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) revision);
            if (parameter != null) {
                parameter.encodeData(out);
            }
        }
    }
}
