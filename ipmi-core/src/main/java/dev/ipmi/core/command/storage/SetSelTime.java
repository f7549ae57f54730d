package dev.ipmi.core.command.storage;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * Set SEL Time (IPMI v2.0 section 31.11): NetFn Storage (0Ah), command 49h, privilege
 * Operator, side effect: sets the clock used to stamp new SEL entries. Request: a
 * {@link Timestamp} (4, LS first); no response data.
 */
public record SetSelTime(Timestamp time) implements IpmiRequest<SetSelTime.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Set SEL Time", NetFn.STORAGE, 0x49, PrivilegeLevel.OPERATOR);

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
        time.encode(out);
    }

    public static SetSelTime decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 4, "Set SEL Time request");
        return new SetSelTime(Timestamp.decode(data));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) {
        return new Response();
    }

    /** No data. */
    public record Response() implements CommandResponse {}
}
