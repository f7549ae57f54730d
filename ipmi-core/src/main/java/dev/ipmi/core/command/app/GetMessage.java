package dev.ipmi.core.command.app;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.Octets;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * Get Message (IPMI v2.0 section 22.6): NetFn App (06h), command 33h, privilege User, side
 * effect: removes the message from the receive queue. Completion code 80h: queue empty.
 *
 * <pre>response: b7:4 privilege of the inbound message (0 = none), b3:0 channel | message data</pre>
 */
public record GetMessage() implements IpmiRequest<GetMessage.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Get Message", NetFn.APP, 0x33, PrivilegeLevel.USER);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    public static GetMessage decodeRequest(ByteBuffer data) {
        return new GetMessage();
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Get Message response");
        int b = Wire.u8(data);
        return new Response(PrivilegeLevel.fromCode(b >>> 4), b & 0x0F, Octets.readRemaining(data));
    }

    /** @param privilege the inbound message's session privilege, {@code null} when sessionless or not a level */
    public record Response(PrivilegeLevel privilege, int channel, Octets message) implements CommandResponse {
        @Override
        public int encodedLength() {
            return 1 + message.length();
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) ((privilege == null ? 0 : privilege.code() << 4) | channel & 0x0F));
            message.writeTo(out);
        }
    }
}
