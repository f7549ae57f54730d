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
 * Set LAN Configuration Parameters (IPMI v2.0 section 23.1): NetFn Transport (0Ch), command
 * 01h, privilege Administrator, side effect: reconfigures the BMC's LAN channel (an IP change
 * may cut this very session). Request: b3:0 channel | selector | {@link LanParameter} data.
 * Completion codes 80h: not supported, 81h: set already in progress, 82h: read-only.
 */
public record SetLanConfigurationParameters(int channel, LanParameter parameter)
        implements IpmiRequest<SetLanConfigurationParameters.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Set LAN Configuration Parameters", NetFn.TRANSPORT, 0x01, PrivilegeLevel.ADMINISTRATOR);

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

    public static SetLanConfigurationParameters decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 2, "Set LAN Configuration Parameters request");
        int ch = Wire.u8(data) & 0x0F;
        return new SetLanConfigurationParameters(ch, LanParameter.decode(Wire.u8(data), data));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) {
        return new Response();
    }

    /** No data. */
    public record Response() implements CommandResponse {}
}
