package dev.ipmi.core.command.storage;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import dev.ipmi.core.command.Octets;

/**
 * Get SEL Entry (IPMI v2.0 section 31.5): NetFn Storage (0Ah), command 43h, privilege User, no side
 * effects.
 *
 * <pre>
 * request:  reservation id (2, 0 when reading whole records) | record id (2, 0000h first, FFFFh last) | offset | bytes to read (FFh = all)
 * response: next record id (2, FFFFh = none) | the requested bytes of the 16-byte entry
 * </pre>
 *
 * A partial read (offset, count) needs a reservation; C5h means it was lost, CAh that the
 * BMC cannot return that many bytes at once.
 */
public record GetSelEntry(int reservationId, int recordId, int offset, int bytesToRead) implements IpmiRequest<GetSelEntry.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get SEL Entry", NetFn.STORAGE, 0x43, PrivilegeLevel.USER);
    /** {@link #bytesToRead()} value asking for the whole record. */
    public static final int WHOLE_RECORD = 0xFF;
    /** Every SEL entry is 16 bytes. */
    public static final int ENTRY_BYTES = 16;

    /** Reads a whole record without a reservation. */
    public static GetSelEntry whole(int recordId) {
        return new GetSelEntry(0, recordId, 0, WHOLE_RECORD);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 6;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        Wire.putU16le(out, reservationId);
        Wire.putU16le(out, recordId);
        out.put((byte) offset).put((byte) bytesToRead);
    }

    public static GetSelEntry decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 6, "Get SEL Entry request");
        return new GetSelEntry(Wire.u16le(data), Wire.u16le(data), Wire.u8(data), Wire.u8(data));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 2, "Get SEL Entry response");
        int next = Wire.u16le(data);
        // SEL entries are 16 bytes; a partial read asks for a known count; anything after is not entry data
        int n = bytesToRead == WHOLE_RECORD ? ENTRY_BYTES : Math.min(bytesToRead, data.remaining());
        return new Response(next, Octets.read(data, n, "Get SEL Entry response"));
    }

    public record Response(int nextRecordId, Octets data) implements CommandResponse {
        @Override
        public int encodedLength() {
            return 2 + data.length();
        }

        @Override
        public void encode(ByteBuffer out) {
            Wire.putU16le(out, nextRecordId);
            data.writeTo(out);
        }
    }
}
