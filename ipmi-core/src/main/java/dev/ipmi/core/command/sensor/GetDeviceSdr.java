package dev.ipmi.core.command.sensor;

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
 * Get Device SDR (IPMI v2.0 section 35.3): NetFn Sensor/Event (04h), command 21h, privilege
 * User, no side effects.
 *
 * <pre>
 * request:  reservation id (2) | record id (2) | offset | bytes to read (FFh = whole record)
 * response: next record id (2, FFFFh = last) | record data
 * </pre>
 */
public record GetDeviceSdr(int reservationId, int recordId, int offset, int bytesToRead)
        implements IpmiRequest<GetDeviceSdr.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get Device SDR", NetFn.SENSOR_EVENT, 0x21, PrivilegeLevel.USER);
    /** {@link #bytesToRead()} value asking for the whole record. */
    public static final int WHOLE_RECORD = 0xFF;

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

    public static GetDeviceSdr decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 6, "Get Device SDR request");
        return new GetDeviceSdr(Wire.u16le(data), Wire.u16le(data), Wire.u8(data), Wire.u8(data));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 2, "Get Device SDR response");
        int next = Wire.u16le(data);
        // a partial read asks for a known count: anything after it is not record data
        int n = bytesToRead == WHOLE_RECORD ? data.remaining() : Math.min(bytesToRead, data.remaining());
        return new Response(next, Octets.read(data, n, "Get Device SDR response"));
    }

    /** @param data the requested slice of the record */
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
