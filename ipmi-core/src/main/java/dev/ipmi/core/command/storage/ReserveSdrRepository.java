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
 * Reserve SDR Repository (IPMI v2.0 section 33.11): NetFn Storage (0Ah), command 22h, privilege User, side effect:
 * replaces any earlier reservation (whose holder then gets C5h). Response: reservation id
 * (2, LS first) for Get SDR.
 */
public record ReserveSdrRepository() implements IpmiRequest<ReserveSdrRepository.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Reserve SDR Repository", NetFn.STORAGE, 0x22, PrivilegeLevel.USER);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    public static ReserveSdrRepository decodeRequest(ByteBuffer data) {
        return new ReserveSdrRepository();
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 2, "Reserve SDR Repository response");
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
