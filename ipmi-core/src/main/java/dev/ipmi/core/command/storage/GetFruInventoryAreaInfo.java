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
 * Get FRU Inventory Area Info (IPMI v2.0 section 34.1): NetFn Storage (0Ah), command 10h,
 * privilege User, no side effects.
 *
 * <pre>
 * request:  FRU device id (FFh reserved)
 * response: area size in bytes (2, LS first) | b0 accessed by words (1) or bytes (0)
 * </pre>
 */
public record GetFruInventoryAreaInfo(int fruDeviceId) implements IpmiRequest<GetFruInventoryAreaInfo.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get FRU Inventory Area Info", NetFn.STORAGE, 0x10, PrivilegeLevel.USER);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 1;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) fruDeviceId);
    }

    public static GetFruInventoryAreaInfo decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Get FRU Inventory Area Info request");
        return new GetFruInventoryAreaInfo(Wire.u8(data));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 3, "Get FRU Inventory Area Info response");
        return new Response(Wire.u16le(data), (Wire.u8(data) & 1) != 0);
    }

    /** @param byWords offsets and counts of Read/Write FRU Data are in 16-bit words */
    public record Response(int sizeBytes, boolean byWords) implements CommandResponse {
        @Override
        public int encodedLength() {
            return 3;
        }

        @Override
        public void encode(ByteBuffer out) {
            Wire.putU16le(out, sizeBytes);
            out.put((byte) (byWords ? 1 : 0));
        }
    }
}
