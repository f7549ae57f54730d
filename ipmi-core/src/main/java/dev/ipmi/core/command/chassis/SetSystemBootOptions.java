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
 * Set System Boot Options (IPMI v2.0 section 28.12): NetFn Chassis (00h), command 08h,
 * privilege Operator, side effect: changes how the host boots next.
 *
 * <pre>request: b7 mark parameter invalid (locked), b6:0 selector | parameter data</pre>
 *
 * <pre>{@code session.send(new SetSystemBootOptions(BootFlags.nextBoot(BootDevice.PXE, true))).join();}</pre>
 *
 * @param markInvalid set bit 7: marks the parameter invalid / locked
 */
public record SetSystemBootOptions(boolean markInvalid, BootOption option) implements IpmiRequest<SetSystemBootOptions.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Set System Boot Options", NetFn.CHASSIS, 0x08, PrivilegeLevel.OPERATOR);

    public SetSystemBootOptions(BootOption option) {
        this(false, option);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 1 + option.dataLength();
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) ((markInvalid ? 0x80 : 0) | option.selector()));
        option.encodeData(out);
    }

    public static SetSystemBootOptions decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Set System Boot Options request");
        int b = Wire.u8(data);
        return new SetSystemBootOptions((b & 0x80) != 0, BootOption.decode(b & 0x7F, data));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) {
        return new Response();
    }

    /** No data. */
    public record Response() implements CommandResponse {}
}
