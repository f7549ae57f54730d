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
 * Delete SEL Entry (IPMI v2.0 section 31.8): NetFn Storage (0Ah), command 46h, privilege
 * Operator, side effect: removes one entry. Request: reservation id (2) | record id (2,
 * 0000h first, FFFFh last); response: the id actually deleted. 80h: not supported, 81h: erase
 * in progress.
 */
public record DeleteSelEntry(int reservationId, int recordId) implements IpmiRequest<DeleteSelEntry.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Delete SEL Entry", NetFn.STORAGE, 0x46, PrivilegeLevel.OPERATOR);

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
        Wire.putU16le(out, reservationId);
        Wire.putU16le(out, recordId);
    }

    public static DeleteSelEntry decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 4, "Delete SEL Entry request");
        return new DeleteSelEntry(Wire.u16le(data), Wire.u16le(data));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 2, "Delete SEL Entry response");
        return new Response(Wire.u16le(data));
    }

    public record Response(int deletedRecordId) implements CommandResponse {
        @Override
        public int encodedLength() {
            return 2;
        }

        @Override
        public void encode(ByteBuffer out) {
            Wire.putU16le(out, deletedRecordId);
        }
    }
}
