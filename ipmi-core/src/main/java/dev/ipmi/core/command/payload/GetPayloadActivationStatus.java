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
 * Get Payload Activation Status (IPMI v2.0 section 24.4): NetFn App (06h), command 4Ah,
 * privilege User, no side effects.
 *
 * <pre>
 * request:  b5:0 payload type
 * response: b3:0 instance capacity | activation bits (2): byte 1 b0 = instance 1 ... byte 2 b7 = instance 16
 * </pre>
 *
 * ipmi_sim: {@code 01 00 00} idle, {@code 01 01 00} while SOL is active.
 */
public record GetPayloadActivationStatus(PayloadType payloadType) implements IpmiRequest<GetPayloadActivationStatus.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get Payload Activation Status", NetFn.APP, 0x4A, PrivilegeLevel.USER);

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
        out.put((byte) payloadType.code());
    }

    public static GetPayloadActivationStatus decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Get Payload Activation Status request");
        return new GetPayloadActivationStatus(new PayloadType(Wire.u8(data) & 0x3F));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 3, "Get Payload Activation Status response");
        return new Response(Wire.u8(data) & 0x0F, Wire.u16le(data));
    }

    /** @param activeInstances bit n-1 set: instance n is active */
    public record Response(int instanceCapacity, int activeInstances) implements CommandResponse {
        /** Whether instance {@code n} (1-16) is active. */
        public boolean isActive(int n) {
            return n >= 1 && n <= 16 && (activeInstances & 1 << n - 1) != 0;
        }

        @Override
        public int encodedLength() {
            return 3;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) instanceCapacity);
            Wire.putU16le(out, activeInstances);
        }
    }
}
