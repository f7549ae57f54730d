package dev.ipmi.core.command.session;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.AuthType;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.Set;

/**
 * Get Channel Authentication Capabilities (IPMI v2.0 section 22.13): NetFn App (06h),
 * command 38h, sent outside a session (minimum privilege listed as Callback), no side effects.
 *
 * <pre>
 * request:  b7 want IPMI 2.0 data, b3:0 channel (0Eh = this one) | requested max privilege
 * response: channel | b7 IPMI 2.0 extended data, auth type bits (b5 OEM, b4 password, b2 MD5,
 *           b1 MD2, b0 none) | b5 Kg set, b4 per-message auth off, b3 user-level auth off,
 *           b2 non-null user names, b1 null user names, b0 anonymous | b1 IPMI 2.0, b0 IPMI 1.5 |
 *           OEM id (3, LS first) | OEM auxiliary
 * </pre>
 *
 * ipmi_sim answers {@code 01 97 04 03 00 00 00 00}.
 *
 * @param channel 0..15; {@link #CURRENT_CHANNEL} is the channel the request arrived on
 */
public record GetChannelAuthenticationCapabilities(int channel, boolean ipmi20Data, PrivilegeLevel requestedPrivilege)
        implements IpmiRequest<GetChannelAuthenticationCapabilities.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get Channel Authentication Capabilities", NetFn.APP, 0x38, PrivilegeLevel.CALLBACK);
    public static final int CURRENT_CHANNEL = 0x0E;

    public GetChannelAuthenticationCapabilities {
        Channels.check(channel);
    }

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
        out.put((byte) ((ipmi20Data ? 0x80 : 0) | channel)).put((byte) requestedPrivilege.code());
    }

    public static GetChannelAuthenticationCapabilities decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 2, "Get Channel Authentication Capabilities request");
        int b = Wire.u8(data);
        return new GetChannelAuthenticationCapabilities(b & 0x0F, (b & 0x80) != 0,
                PrivilegeLevel.decode(Wire.u8(data) & 0x0F, "Get Channel Authentication Capabilities request"));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 8, "Get Channel Authentication Capabilities response");
        int channel = Wire.u8(data) & 0x0F;
        int types = Wire.u8(data);
        EnumSet<AuthType> supported = EnumSet.noneOf(AuthType.class);
        for (AuthType t : AuthType.values()) {
            if (t != AuthType.RMCP_PLUS && (types & t.capabilityBit()) != 0) {
                supported.add(t);
            }
        }
        int status = Wire.u8(data);
        int versions = Wire.u8(data);
        int oem = Wire.u8(data) | Wire.u8(data) << 8 | Wire.u8(data) << 16;
        return new Response(channel, supported, (types & 0x80) != 0, (status & 0x20) != 0, (status & 0x10) != 0,
                (status & 0x08) != 0, (status & 0x04) != 0, (status & 0x02) != 0, (status & 0x01) != 0,
                (versions & 0x02) != 0, (versions & 0x01) != 0, oem, Wire.u8(data));
    }

    /**
     * @param kgNonZero                  a BMC key (Kg) is set, so RAKP needs it
     * @param perMessageAuthDisabled     IPMI 1.5 packets after activation may carry auth type none
     * @param userLevelAuthDisabled      User-level IPMI 1.5 commands may carry auth type none
     */
    public record Response(int channel, Set<AuthType> authTypes, boolean ipmi20ExtendedData, boolean kgNonZero,
                           boolean perMessageAuthDisabled, boolean userLevelAuthDisabled,
                           boolean nonNullUserNames, boolean nullUserNames, boolean anonymousLogin,
                           boolean supportsIpmi20, boolean supportsIpmi15, int oemId, int oemAuxiliary)
            implements CommandResponse {
        public Response {
            authTypes = Set.copyOf(authTypes);
        }

        @Override
        public int encodedLength() {
            return 8;
        }

        @Override
        public void encode(ByteBuffer out) {
            int types = ipmi20ExtendedData ? 0x80 : 0;
            for (AuthType t : authTypes) {
                types |= t.capabilityBit();
            }
            out.put((byte) channel).put((byte) types);
            out.put((byte) ((kgNonZero ? 0x20 : 0) | (perMessageAuthDisabled ? 0x10 : 0) | (userLevelAuthDisabled ? 0x08 : 0)
                    | (nonNullUserNames ? 0x04 : 0) | (nullUserNames ? 0x02 : 0) | (anonymousLogin ? 0x01 : 0)));
            out.put((byte) ((supportsIpmi20 ? 0x02 : 0) | (supportsIpmi15 ? 0x01 : 0)));
            out.put((byte) oemId).put((byte) (oemId >>> 8)).put((byte) (oemId >>> 16)).put((byte) oemAuxiliary);
        }
    }
}
