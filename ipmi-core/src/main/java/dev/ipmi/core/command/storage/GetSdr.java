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
 * Get SDR (IPMI v2.0 section 33.12): NetFn Storage (0Ah), command 23h, privilege User, no side
 * effects.
 *
 * <pre>
 * request:  reservation id (2, 0 when reading whole records) | record id (2) | offset | bytes to read (FFh = all)
 * response: next record id (2, FFFFh = none) | the requested bytes of the record
 * </pre>
 *
 * A partial read (offset, count) needs a reservation; C5h means it was lost, CAh that the
 * BMC cannot return that many bytes at once.
 */
public record GetSdr(int reservationId, int recordId, int offset, int bytesToRead) implements IpmiRequest<GetSdr.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get SDR", NetFn.STORAGE, 0x23, PrivilegeLevel.USER);
    /** {@link #bytesToRead()} value asking for the whole record. */
    public static final int WHOLE_RECORD = 0xFF;

    /** Reads a whole record without a reservation. */
    public static GetSdr whole(int recordId) {
        return new GetSdr(0, recordId, 0, WHOLE_RECORD);
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

    public static GetSdr decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 6, "Get SDR request");
        return new GetSdr(Wire.u16le(data), Wire.u16le(data), Wire.u8(data), Wire.u8(data));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 2, "Get SDR response");
        int next = Wire.u16le(data);
        // a partial read asks for a known count: anything after it is not record data
        int n = bytesToRead == WHOLE_RECORD ? data.remaining() : Math.min(bytesToRead, data.remaining());
        return new Response(next, Octets.read(data, n, "Get SDR response"));
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
