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
 * Get Channel Payload Support (IPMI v2.0 section 24.8): NetFn App (06h), command 4Eh,
 * privilege User, no side effects. Never send channel 0Eh to ipmi_sim: it crashes.
 *
 * <pre>
 * request:  b3:0 channel
 * response: standard payload types 0-15 (2) | session setup types 10h-1Fh (2) | OEM types 20h-2Fh (2) | reserved (2)
 * </pre>
 *
 * ipmi_sim (channel 1): {@code 06 00 00 00 00 00 00 00}.
 */
public record GetChannelPayloadSupport(int channel) implements IpmiRequest<GetChannelPayloadSupport.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get Channel Payload Support", NetFn.APP, 0x4E, PrivilegeLevel.USER);

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
        out.put((byte) (channel & 0x0F));
    }

    public static GetChannelPayloadSupport decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Get Channel Payload Support request");
        return new GetChannelPayloadSupport(Wire.u8(data) & 0x0F);
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 8, "Get Channel Payload Support response");
        Response r = new Response(Wire.u16le(data), Wire.u16le(data), Wire.u16le(data));
        data.getShort();
        return r;
    }

    /** Bit n of each mask stands for payload type n (+10h for session setup, +20h for OEM). */
    public record Response(int standardTypes, int sessionSetupTypes, int oemTypes) implements CommandResponse {
        public boolean supports(PayloadType type) {
            int c = type.code();
            int mask = c < 0x10 ? standardTypes : c < 0x20 ? sessionSetupTypes : c < 0x30 ? oemTypes : 0;
            return (mask & 1 << (c & 0x0F)) != 0;
        }

        @Override
        public int encodedLength() {
            return 8;
        }

        @Override
        public void encode(ByteBuffer out) {
            Wire.putU16le(out, standardTypes);
            Wire.putU16le(out, sessionSetupTypes);
            Wire.putU16le(out, oemTypes);
            Wire.putU16le(out, 0);
        }
    }
}
