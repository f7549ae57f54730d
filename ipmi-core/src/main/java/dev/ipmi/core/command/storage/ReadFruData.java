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
 * Read FRU Data (IPMI v2.0 section 34.2): NetFn Storage (0Ah), command 11h, privilege User,
 * no side effects.
 *
 * <pre>
 * request:  FRU device id | offset (2, LS first) | count to read
 * response: count returned | data (count bytes)
 * </pre>
 *
 * Completion code 81h: FRU device busy (retry later); CAh: ask for fewer bytes.
 */
public record ReadFruData(int fruDeviceId, int offset, int count) implements IpmiRequest<ReadFruData.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Read FRU Data", NetFn.STORAGE, 0x11, PrivilegeLevel.USER);

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
        out.put((byte) fruDeviceId);
        Wire.putU16le(out, offset);
        out.put((byte) count);
    }

    public static ReadFruData decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 4, "Read FRU Data request");
        return new ReadFruData(Wire.u8(data), Wire.u16le(data), Wire.u8(data));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Read FRU Data response");
        int n = Wire.u8(data);
        return new Response(Octets.read(data, n, "Read FRU Data response"));
    }

    /** @param data the bytes read, possibly fewer than asked */
    public record Response(Octets data) implements CommandResponse {
        public Response {
            if (data.length() > 0xFF) {
                throw new IllegalArgumentException("at most 255 bytes per read");
            }
        }

        @Override
        public int encodedLength() {
            return 1 + data.length();
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) data.length());
            data.writeTo(out);
        }
    }
}
