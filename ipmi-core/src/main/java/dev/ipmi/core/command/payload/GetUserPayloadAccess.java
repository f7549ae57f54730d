package dev.ipmi.core.command.payload;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * Get User Payload Access (IPMI v2.0 section 24.7): NetFn App (06h), command 4Dh, privilege
 * Operator, no side effects. ipmi_sim answers C1h.
 *
 * <pre>
 * request:  b3:0 channel | b5:0 user id
 * response: standard payloads 1-7 (b1 = SOL) | reserved | OEM payloads 20h-27h (b0-b7) | reserved
 * </pre>
 *
 * @param channel 0Eh = this channel
 */
public record GetUserPayloadAccess(int channel, int userId) implements IpmiRequest<GetUserPayloadAccess.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get User Payload Access", NetFn.APP, 0x4D, PrivilegeLevel.OPERATOR);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 2;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) (channel & 0x0F)).put((byte) (userId & 0x3F));
    }

    public static GetUserPayloadAccess decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 2, "Get User Payload Access request");
        return new GetUserPayloadAccess(Wire.u8(data) & 0x0F, Wire.u8(data) & 0x3F);
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 4, "Get User Payload Access response");
        int standard = Wire.u8(data);
        data.get();
        int oem = Wire.u8(data);
        data.get();
        return new Response(standard & 0xFE, oem);
    }

    /**
     * @param standardPayloads bit n set: standard payload type n (1-7) enabled
     * @param oemPayloads      bit n set: OEM payload type 20h+n enabled
     */
    public record Response(int standardPayloads, int oemPayloads) implements CommandResponse {
        public boolean solEnabled() {
            return (standardPayloads & 1 << PayloadType.SOL.code()) != 0;
        }

        @Override
        public int encodedLength() {
            return 4;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) standardPayloads).put((byte) 0).put((byte) oemPayloads).put((byte) 0);
        }
    }
}
