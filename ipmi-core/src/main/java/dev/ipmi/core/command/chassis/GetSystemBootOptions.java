package dev.ipmi.core.command.chassis;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * Get System Boot Options (IPMI v2.0 section 28.13): NetFn Chassis (00h), command 09h,
 * privilege Operator, no side effects.
 *
 * <pre>
 * request:  b6:0 selector | set selector | block selector
 * response: b3:0 parameter version (1) | b7 invalid/locked, b6:0 selector | parameter data
 * </pre>
 */
public record GetSystemBootOptions(int selector, int setSelector, int blockSelector)
        implements IpmiRequest<GetSystemBootOptions.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get System Boot Options", NetFn.CHASSIS, 0x09, PrivilegeLevel.OPERATOR);

    public GetSystemBootOptions {
        if (selector < 0 || selector > 0x7F) {
            throw new IllegalArgumentException("parameter selector is 7 bits: " + selector);
        }
    }

    /** Reads one parameter (set and block selector 0). */
    public static GetSystemBootOptions of(int selector) {
        return new GetSystemBootOptions(selector, 0, 0);
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
        out.put((byte) selector).put((byte) setSelector).put((byte) blockSelector);
    }

    public static GetSystemBootOptions decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 3, "Get System Boot Options request");
        return new GetSystemBootOptions(Wire.u8(data) & 0x7F, Wire.u8(data), Wire.u8(data));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 2, "Get System Boot Options response");
        int version = Wire.u8(data) & 0x0F;
        int b = Wire.u8(data);
        return new Response(version, (b & 0x80) != 0, BootOption.decode(b & 0x7F, data));
    }

    /** @param invalid bit 7: the parameter is marked invalid / locked */
    public record Response(int version, boolean invalid, BootOption option) implements CommandResponse {
        @Override
        public int encodedLength() {
            return 2 + option.dataLength();
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) version).put((byte) ((invalid ? 0x80 : 0) | option.selector()));
            option.encodeData(out);
        }
    }
}
