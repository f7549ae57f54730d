package dev.ipmi.core.command.dcmi;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * Activate/Deactivate Power Limit (DCMI v1.5 section 6.6.4): NetFn Group Extension (2Ch),
 * group DCh, command 05h, privilege Operator, side effect: starts or stops enforcing the
 * stored power limit.
 *
 * <pre>
 * request:  DCh | 01h activate, 00h deactivate | reserved (2)
 * response: DCh
 * </pre>
 */
public record ActivatePowerLimit(boolean activate) implements IpmiRequest<ActivatePowerLimit.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Activate/Deactivate Power Limit", NetFn.GROUP_EXTENSION, 0x05, PrivilegeLevel.OPERATOR);

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
        out.put((byte) Dcmi.GROUP_ID).put((byte) (activate ? 1 : 0)).put((byte) 0).put((byte) 0);
    }

    public static ActivatePowerLimit decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Dcmi.readGroup(data, "Activate/Deactivate Power Limit request");
        Wire.need(data, 3, "Activate/Deactivate Power Limit request");
        int a = Wire.u8(data);
        if (a > 1) {
            throw new MalformedPacketException("Activate/Deactivate Power Limit request: reserved action " + a);
        }
        data.getShort();
        return new ActivatePowerLimit(a == 1);
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Dcmi.readGroup(data, "Activate/Deactivate Power Limit response");
        return new Response();
    }

    /** Only the group id. */
    public record Response() implements CommandResponse {
        @Override
        public int encodedLength() {
            return 1;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) Dcmi.GROUP_ID);
        }
    }
}
