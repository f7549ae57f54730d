package dev.ipmi.core.command.transport;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * Get LAN Configuration Parameters (IPMI v2.0 section 23.2): NetFn Transport (0Ch), command
 * 02h, privilege Operator, no side effects.
 *
 * <pre>
 * request:  b7 revision only, b3:0 channel | selector | set selector | block selector
 * response: parameter revision (11h) | [{@link LanParameter} data, absent for "revision only"]
 * </pre>
 */
public record GetLanConfigurationParameters(boolean revisionOnly, int channel, int selector, int setSelector,
                                            int blockSelector) implements IpmiRequest<GetLanConfigurationParameters.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get LAN Configuration Parameters", NetFn.TRANSPORT, 0x02, PrivilegeLevel.OPERATOR);

    public static GetLanConfigurationParameters of(int channel, int selector) {
        return new GetLanConfigurationParameters(false, channel, selector, 0, 0);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 4;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) ((revisionOnly ? 0x80 : 0) | channel & 0x0F)).put((byte) selector).put((byte) setSelector)
                .put((byte) blockSelector);
    }

    public static GetLanConfigurationParameters decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 4, "Get LAN Configuration Parameters request");
        int b = Wire.u8(data);
        return new GetLanConfigurationParameters((b & 0x80) != 0, b & 0x0F, Wire.u8(data), Wire.u8(data), Wire.u8(data));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Get LAN Configuration Parameters response");
        int revision = Wire.u8(data);
        return new Response(revision, revisionOnly ? null : LanParameter.decode(selector, data));
    }

    /** @param parameter {@code null} when only the revision was asked for */
    public record Response(int revision, LanParameter parameter) implements CommandResponse {
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
