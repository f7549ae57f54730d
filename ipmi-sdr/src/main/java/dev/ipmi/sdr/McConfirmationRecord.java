package dev.ipmi.sdr;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.UUID;

/**
 * SDR type 13h, Management Controller Confirmation Record (IPMI v2.0 rev 1.1 §43.10,
 * table 43-10): what Get Device ID answered when the controller was last seen.
 *
 * <pre>
 * body  0  device slave address [7:1]  1 device id  2 [7:4] channel  [3:0] device revision
 *       3  firmware major [6:0]  4 firmware minor (BCD)  5 IPMI version (BCD, low nibble major)
 *       6  manufacturer id (LE24)  9 product id (LE16)  11 device GUID (16 bytes)
 * </pre>
 */
public record McConfirmationRecord(SdrHeader header, int slaveAddress, int deviceId, int channel,
                                   int deviceRevision, int firmwareMajor, int firmwareMinorBcd,
                                   int ipmiVersion, int manufacturerId, int productId,
                                   UUID deviceGuid) implements SdrRecord {
    private static final int BODY = 27;

    static McConfirmationRecord decodeBody(SdrHeader header, ByteBuffer b) throws MalformedPacketException {
        header.need(b, BODY, "MC confirmation");
        int address = Wire.u8(b) & 0xFE;
        int deviceId = Wire.u8(b);
        int chanRev = Wire.u8(b);
        int major = Wire.u8(b) & 0x7F;
        int minor = Wire.u8(b);
        int ipmi = Wire.u8(b);
        int manufacturer = Wire.u16le(b) | Wire.u8(b) << 16;
        int product = Wire.u16le(b);
        // The GUID is stored least significant byte first (IPMI v2.0 §20.8).
        byte[] g = Wire.bytes(b, 16, "MC confirmation GUID");
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            lsb |= (g[i] & 0xFFL) << (8 * i);
            msb |= (g[i + 8] & 0xFFL) << (8 * i);
        }
        return new McConfirmationRecord(header, address, deviceId, chanRev >>> 4, chanRev & 0x0F,
                major, minor, ipmi, manufacturer, product, new UUID(msb, lsb));
    }

    @Override
    public void encode(ByteBuffer out) {
        SdrRecord.encodeHeader(header, BODY, out);
        out.put((byte) slaveAddress).put((byte) deviceId).put((byte) (channel << 4 | deviceRevision));
        out.put((byte) firmwareMajor).put((byte) firmwareMinorBcd).put((byte) ipmiVersion);
        Wire.putU16le(out, manufacturerId);
        out.put((byte) (manufacturerId >>> 16));
        Wire.putU16le(out, productId);
        long lsb = deviceGuid.getLeastSignificantBits();
        long msb = deviceGuid.getMostSignificantBits();
        for (int i = 0; i < 8; i++) {
            out.put((byte) (lsb >>> (8 * i)));
        }
        for (int i = 0; i < 8; i++) {
            out.put((byte) (msb >>> (8 * i)));
        }
    }

    @Override
    public int encodedLength() {
        return SdrHeader.LENGTH + BODY;
    }

    /** "major.minor" as Get Device ID shows it, e.g. "1.02". */
    public String firmwareRevision() {
        return String.format("%d.%02x", firmwareMajor, firmwareMinorBcd);
    }
}
