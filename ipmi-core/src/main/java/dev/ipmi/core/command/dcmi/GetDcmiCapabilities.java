package dev.ipmi.core.command.dcmi;

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
 * Get DCMI Capabilities Info (DCMI v1.5 section 6.1.1): NetFn Group Extension (2Ch), group
 * DCh, command 01h, privilege User, no side effects. Also the probe for "is this a DCMI BMC"
 * (a non-DCMI BMC answers C1h).
 *
 * <pre>
 * request:  DCh | parameter (1 supported capabilities, 2 mandatory platform attributes,
 *           3 optional platform attributes, 4 manageability access, 5 enhanced power statistics)
 * response: DCh | DCMI version major | minor | parameter revision | parameter data
 * </pre>
 */
public record GetDcmiCapabilities(int parameter) implements IpmiRequest<GetDcmiCapabilities.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get DCMI Capabilities Info", NetFn.GROUP_EXTENSION, 0x01, PrivilegeLevel.USER);
    public static final int SUPPORTED_CAPABILITIES = 1;
    public static final int MANDATORY_PLATFORM_ATTRIBUTES = 2;
    public static final int OPTIONAL_PLATFORM_ATTRIBUTES = 3;
    public static final int MANAGEABILITY_ACCESS_ATTRIBUTES = 4;
    public static final int ENHANCED_POWER_STATISTICS_ATTRIBUTES = 5;

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
        out.put((byte) Dcmi.GROUP_ID).put((byte) parameter);
    }

    public static GetDcmiCapabilities decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Dcmi.readGroup(data, "Get DCMI Capabilities Info request");
        Wire.need(data, 1, "Get DCMI Capabilities Info request");
        return new GetDcmiCapabilities(Wire.u8(data));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        String what = "Get DCMI Capabilities Info response";
        Dcmi.readGroup(data, what);
        Wire.need(data, 3, what);
        return new Response(Wire.u8(data), Wire.u8(data), Wire.u8(data), Octets.readRemaining(data));
    }

    /** @param data the parameter's bytes, as sent (their layout depends on the parameter) */
    public record Response(int versionMajor, int versionMinor, int parameterRevision, Octets data) implements CommandResponse {
        @Override
        public int encodedLength() {
            return 4 + data.length();
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) Dcmi.GROUP_ID).put((byte) versionMajor).put((byte) versionMinor).put((byte) parameterRevision);
            data.writeTo(out);
        }
    }
}
