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
 * Set Power Limit (DCMI v1.5 section 6.6.3): NetFn Group Extension (2Ch), group DCh,
 * command 04h, privilege Operator, side effect: stores a power limit (it takes effect once
 * activated with {@link ActivatePowerLimit}). Completion codes 84h: limit out of range,
 * 85h: correction time out of range, 89h: sampling period out of range.
 *
 * <pre>
 * request:  DCh | reserved (3) | {@link PowerLimit}
 * response: DCh
 * </pre>
 */
public record SetPowerLimit(PowerLimit limit) implements IpmiRequest<SetPowerLimit.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Set Power Limit", NetFn.GROUP_EXTENSION, 0x04, PrivilegeLevel.OPERATOR);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 4 + PowerLimit.LENGTH;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) Dcmi.GROUP_ID).put((byte) 0).put((byte) 0).put((byte) 0);
        limit.encode(out);
    }

    public static SetPowerLimit decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Dcmi.readGroup(data, "Set Power Limit request");
        Wire.need(data, 3 + PowerLimit.LENGTH, "Set Power Limit request");
        data.position(data.position() + 3);
        return new SetPowerLimit(PowerLimit.decode(data));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Dcmi.readGroup(data, "Set Power Limit response");
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
