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
 * Reserve SEL (IPMI v2.0 section 31.4): NetFn Storage (0Ah), command 42h, privilege User, side effect:
 * replaces any earlier reservation (whose holder then gets C5h). Response: reservation id
 * (2, LS first) for Get SEL Entry, Delete SEL Entry and Clear SEL.
 */
public record ReserveSel() implements IpmiRequest<ReserveSel.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Reserve SEL", NetFn.STORAGE, 0x42, PrivilegeLevel.USER);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    public static ReserveSel decodeRequest(ByteBuffer data) {
        return new ReserveSel();
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 2, "Reserve SEL response");
        return new Response(Wire.u16le(data));
    }

    public record Response(int reservationId) implements CommandResponse {
        @Override
        public int encodedLength() {
            return 2;
        }

        @Override
        public void encode(ByteBuffer out) {
            Wire.putU16le(out, reservationId);
        }
    }
}
