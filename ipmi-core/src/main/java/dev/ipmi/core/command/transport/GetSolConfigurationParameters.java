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
 * Get SOL Configuration Parameters (IPMI v2.0 section 26.3): NetFn Transport (0Ch), command
 * 22h, privilege User, no side effects.
 *
 * <pre>
 * request:  b7 revision only, b3:0 channel | selector | set selector | block selector
 * response: parameter revision (ipmi_sim: 11h) | [{@link SolParameter} data, absent for "revision only"]
 * </pre>
 */
public record GetSolConfigurationParameters(boolean revisionOnly, int channel, int selector, int setSelector,
                                            int blockSelector) implements IpmiRequest<GetSolConfigurationParameters.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get SOL Configuration Parameters", NetFn.TRANSPORT, 0x22, PrivilegeLevel.USER);

    public static GetSolConfigurationParameters of(int channel, int selector) {
        return new GetSolConfigurationParameters(false, channel, selector, 0, 0);
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

    public static GetSolConfigurationParameters decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 4, "Get SOL Configuration Parameters request");
        int b = Wire.u8(data);
        return new GetSolConfigurationParameters((b & 0x80) != 0, b & 0x0F, Wire.u8(data), Wire.u8(data), Wire.u8(data));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Get SOL Configuration Parameters response");
        int revision = Wire.u8(data);
        return new Response(revision, revisionOnly ? null : SolParameter.decode(selector, data));
    }

    /** @param parameter {@code null} when only the revision was asked for */
    public record Response(int revision, SolParameter parameter) implements CommandResponse {
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
