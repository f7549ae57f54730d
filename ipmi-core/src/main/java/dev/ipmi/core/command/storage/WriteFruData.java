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
 * Write FRU Data (IPMI v2.0 section 34.3): NetFn Storage (0Ah), command 12h, privilege
 * Operator, side effect: overwrites FRU inventory bytes.
 *
 * <pre>
 * request:  FRU device id | offset (2, LS first) | data
 * response: count written
 * </pre>
 *
 * Completion code 80h: write-protected offset; 81h: device busy.
 */
public record WriteFruData(int fruDeviceId, int offset, Octets data) implements IpmiRequest<WriteFruData.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Write FRU Data", NetFn.STORAGE, 0x12, PrivilegeLevel.OPERATOR);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 3 + data.length();
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) fruDeviceId);
        Wire.putU16le(out, offset);
        data.writeTo(out);
    }

    public static WriteFruData decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 3, "Write FRU Data request");
        return new WriteFruData(Wire.u8(data), Wire.u16le(data), Octets.readRemaining(data));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Write FRU Data response");
        return new Response(Wire.u8(data));
    }

    public record Response(int countWritten) implements CommandResponse {
        @Override
        public int encodedLength() {
            return 1;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) countWritten);
        }
    }
}
