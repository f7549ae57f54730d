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
 * Set SOL Configuration Parameters (IPMI v2.0 section 26.2): NetFn Transport (0Ch), command
 * 21h, privilege Administrator, side effect: changes Serial-over-LAN settings (disabling
 * SOL stops new activations). Request: b3:0 channel | selector | {@link SolParameter} data.
 * Completion codes 80h: not supported, 81h: set in progress, 82h: read-only (parameter 7).
 */
public record SetSolConfigurationParameters(int channel, SolParameter parameter)
        implements IpmiRequest<SetSolConfigurationParameters.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Set SOL Configuration Parameters", NetFn.TRANSPORT, 0x21, PrivilegeLevel.ADMINISTRATOR);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 2 + parameter.dataLength();
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) (channel & 0x0F)).put((byte) parameter.selector());
        parameter.encodeData(out);
    }

    public static SetSolConfigurationParameters decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 2, "Set SOL Configuration Parameters request");
        int ch = Wire.u8(data) & 0x0F;
        return new SetSolConfigurationParameters(ch, SolParameter.decode(Wire.u8(data), data));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) {
        return new Response();
    }

    /** No data. */
    public record Response() implements CommandResponse {}
}
