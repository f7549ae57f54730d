package dev.ipmi.core.command.payload;

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
 * Activate Payload (IPMI v2.0 section 24.1): NetFn App (06h), command 48h, privilege User
 * (the user also needs payload access), side effect: starts a payload instance (e.g. SOL) on
 * this session. Completion code 80h: already active on another session (how a stolen console
 * looks to the next client), 81h: type disabled, 82h: limit reached, 83h/84h: encryption
 * required / not allowed.
 *
 * <pre>
 * request:  b5:0 payload type | b3:0 instance | auxiliary data (4); for SOL byte 1:
 *           b7 encrypt, b6 authenticate, b3:2 serial alert behaviour, b1 deassert CTS/DCD/DSR at start
 * response: auxiliary data (4) | inbound payload size (2) | outbound payload size (2) |
 *           UDP port (2) | VLAN (2, FFFFh = none)     (all LS first)
 * </pre>
 *
 * ipmitool sends {@code 01 01 c6 00 00 00}; ipmi_sim answers {@code 00000000 2000 0040 9725 ffff}.
 */
public record ActivatePayload(PayloadType payloadType, int instance, Octets auxiliaryData)
        implements IpmiRequest<ActivatePayload.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Activate Payload", NetFn.APP, 0x48, PrivilegeLevel.USER);

    public ActivatePayload {
        if (auxiliaryData.length() != 4) {
            throw new IllegalArgumentException("auxiliary data is 4 bytes");
        }
    }

    /**
     * SOL instance {@code instance} with serial alerts deferred while active and the handshake
     * lines deasserted until the console is ready (what ipmitool asks for).
     */
    public static ActivatePayload sol(int instance, boolean encrypt, boolean authenticate) {
        int b = (encrypt ? 0x80 : 0) | (authenticate ? 0x40 : 0) | 0x06;
        return new ActivatePayload(PayloadType.SOL, instance, Octets.of((byte) b, (byte) 0, (byte) 0, (byte) 0));
    }

    /** SOL: whether the payload is to be encrypted (auxiliary byte 1 bit 7). */
    public boolean encryption() {
        return (auxiliaryData.get(0) & 0x80) != 0;
    }

    /** SOL: whether the payload is to be authenticated (auxiliary byte 1 bit 6). */
    public boolean authentication() {
        return (auxiliaryData.get(0) & 0x40) != 0;
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
        out.put((byte) payloadType.code()).put((byte) instance);
        auxiliaryData.writeTo(out);
    }

    public static ActivatePayload decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 6, "Activate Payload request");
        PayloadType type = new PayloadType(Wire.u8(data) & 0x3F);
        return new ActivatePayload(type, Wire.u8(data) & 0x0F, Octets.read(data, 4, "Activate Payload request"));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 12, "Activate Payload response");
        Octets aux = Octets.read(data, 4, "Activate Payload response");
        return new Response(aux, Wire.u16le(data), Wire.u16le(data), Wire.u16le(data), Wire.u16le(data));
    }

    /**
     * @param inboundPayloadSize  most bytes of payload data the BMC accepts per packet
     * @param outboundPayloadSize most bytes of payload data the BMC sends per packet
     * @param port                UDP port for the payload (usually the session's)
     * @param vlan                FFFFh when not on a VLAN
     */
    public record Response(Octets auxiliaryData, int inboundPayloadSize, int outboundPayloadSize, int port, int vlan)
            implements CommandResponse {
        public static final int NO_VLAN = 0xFFFF;

        @Override
        public int encodedLength() {
            return 12;
        }

        @Override
        public void encode(ByteBuffer out) {
            auxiliaryData.writeTo(out);
            Wire.putU16le(out, inboundPayloadSize);
            Wire.putU16le(out, outboundPayloadSize);
            Wire.putU16le(out, port);
            Wire.putU16le(out, vlan);
        }
    }
}
