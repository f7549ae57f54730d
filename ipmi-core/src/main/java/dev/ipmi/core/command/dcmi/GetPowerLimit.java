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
 * Get Power Limit (DCMI v1.5 section 6.6.2): NetFn Group Extension (2Ch), group DCh,
 * command 03h, privilege User, no side effects. Completion code 80h: no limit is active
 * (the settings still follow).
 *
 * <pre>
 * request:  DCh | 00h 00h
 * response: DCh | reserved (2) | {@link PowerLimit}
 * </pre>
 */
public record GetPowerLimit() implements IpmiRequest<GetPowerLimit.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get Power Limit", NetFn.GROUP_EXTENSION, 0x03, PrivilegeLevel.USER);

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
        out.put((byte) Dcmi.GROUP_ID).put((byte) 0).put((byte) 0);
    }

    public static GetPowerLimit decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Dcmi.readGroup(data, "Get Power Limit request");
        return new GetPowerLimit();
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        String what = "Get Power Limit response";
        Dcmi.readGroup(data, what);
        Wire.need(data, 2 + PowerLimit.LENGTH, what);
        data.getShort();
        return new Response(PowerLimit.decode(data));
    }

    public record Response(PowerLimit limit) implements CommandResponse {
        @Override
        public int encodedLength() {
            return 3 + PowerLimit.LENGTH;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) Dcmi.GROUP_ID).putShort((short) 0);
            limit.encode(out);
        }
    }
}
