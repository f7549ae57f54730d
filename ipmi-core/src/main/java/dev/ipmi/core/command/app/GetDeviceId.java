package dev.ipmi.core.command.app;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.Octets;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.internal.EnumBits;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.Set;

/**
 * Get Device ID (IPMI v2.0 section 20.1): NetFn App (06h), command 01h, privilege User, no
 * side effects. No request data. Also the usual session keepalive.
 *
 * <pre>
 * response: device id | b7 SDRs, b3:0 revision | b7 update in progress, b6:0 fw major |
 *           fw minor (BCD) | IPMI version (BCD, low nibble major) | support bits |
 *           manufacturer id (3, LS first, 20 bits) | product id (2, LS first) |
 *           [auxiliary firmware revision (4)]
 * </pre>
 *
 * <pre>{@code GetDeviceId.Response id = session.send(new GetDeviceId()).join();}</pre>
 */
public record GetDeviceId() implements IpmiRequest<GetDeviceId.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get Device ID", NetFn.APP, 0x01, PrivilegeLevel.USER);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    public static GetDeviceId decodeRequest(ByteBuffer data) {
        return new GetDeviceId();
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        return Response.decode(data);
    }

    /** The "additional device support" bits of byte 6, bit 0 first. */
    public enum DeviceSupport {
        SENSOR_DEVICE, SDR_REPOSITORY_DEVICE, SEL_DEVICE, FRU_INVENTORY_DEVICE,
        IPMB_EVENT_RECEIVER, IPMB_EVENT_GENERATOR, BRIDGE, CHASSIS_DEVICE
    }

    /** Every value of the support byte as a shared immutable set: decoding allocates no set. */
    private static final EnumBits<DeviceSupport> SUPPORT = new EnumBits<>(DeviceSupport.class);

    /**
     * @param support                   unmodifiable; any set given is copied
     * @param auxiliaryFirmwareRevision the optional 4 vendor bytes, {@code null} when absent
     */
    public record Response(int deviceId, int deviceRevision, boolean providesDeviceSdrs,
                           int firmwareMajor, int firmwareMinor, boolean firmwareUpdateInProgress,
                           int ipmiVersionMajor, int ipmiVersionMinor, Set<DeviceSupport> support,
                           int manufacturerId, int productId, Octets auxiliaryFirmwareRevision)
            implements CommandResponse {
        public Response {
            support = SUPPORT.copyOf(support);
            if (auxiliaryFirmwareRevision != null && auxiliaryFirmwareRevision.length() != 4) {
                throw new IllegalArgumentException("auxiliary firmware revision is 4 bytes");
            }
        }

        /** e.g. "1.23". */
        public String firmwareRevision() {
            return String.format("%d.%02d", firmwareMajor, firmwareMinor);
        }

        public static Response decode(ByteBuffer in) throws MalformedPacketException {
            Wire.need(in, 11, "Get Device ID response");
            int id = Wire.u8(in);
            int rev = Wire.u8(in);
            int fw1 = Wire.u8(in);
            int fw2 = Wire.u8(in);
            int ipmi = Wire.u8(in);
            int bits = Wire.u8(in);
            int mfr = (Wire.u8(in) | Wire.u8(in) << 8 | Wire.u8(in) << 16) & 0x0FFFFF;
            int product = Wire.u16le(in);
            Octets aux = in.remaining() >= 4 ? Octets.read(in, 4, "Get Device ID response") : null;
            return new Response(id, rev & 0x0F, (rev & 0x80) != 0, fw1 & 0x7F, Bcd.decode(fw2),
                    (fw1 & 0x80) != 0, ipmi & 0x0F, ipmi >>> 4, SUPPORT.of(bits), mfr, product, aux);
        }

        @Override
        public int encodedLength() {
            return auxiliaryFirmwareRevision == null ? 11 : 15;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) deviceId);
            out.put((byte) ((providesDeviceSdrs ? 0x80 : 0) | deviceRevision & 0x0F));
            out.put((byte) ((firmwareUpdateInProgress ? 0x80 : 0) | firmwareMajor & 0x7F));
            out.put((byte) Bcd.encode(firmwareMinor));
            out.put((byte) (ipmiVersionMinor << 4 | ipmiVersionMajor & 0x0F));
            out.put((byte) SUPPORT.bits(support));
            out.put((byte) manufacturerId).put((byte) (manufacturerId >>> 8)).put((byte) (manufacturerId >>> 16));
            Wire.putU16le(out, productId);
            if (auxiliaryFirmwareRevision != null) {
                auxiliaryFirmwareRevision.writeTo(out);
            }
        }
    }
}
