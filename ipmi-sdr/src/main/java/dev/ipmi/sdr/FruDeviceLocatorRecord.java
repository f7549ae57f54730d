package dev.ipmi.sdr;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * SDR type 11h, FRU Device Locator Record (IPMI v2.0 rev 1.1 §43.8, table 43-8): where a FRU
 * inventory device is and how to read it.
 *
 * <pre>
 * body  0  device access address [7:1]
 *       1  FRU device id (logical) / device slave address [7:1] (non-intelligent)
 *       2  [7] 1 = logical FRU device  [4:3] access LUN  [2:0] private bus id
 *       3  [7:4] channel number
 *       4  reserved  5 device type  6 device type modifier  7 FRU entity id  8 FRU entity instance
 *       9  OEM  10 ID string type/length  11.. ID string (max 16)
 * </pre>
 *
 * @param fruDeviceId the FRU device id for logical FRUs, else the device's slave address byte
 */
public record FruDeviceLocatorRecord(SdrHeader header, int accessAddress, int fruDeviceId,
                                     boolean logical, int accessLun, int privateBus, int channel,
                                     int deviceType, int deviceTypeModifier, Entity entity,
                                     int oem, TypeLengthText idString) implements SdrRecord {
    private static final int MIN_BODY = 11;

    static FruDeviceLocatorRecord decodeBody(SdrHeader header, ByteBuffer b) throws MalformedPacketException {
        header.need(b, MIN_BODY, "FRU device locator");
        int access = Wire.u8(b) & 0xFE;
        int device = Wire.u8(b);
        int flags = Wire.u8(b);
        int channel = Wire.u8(b) >>> 4;
        b.get();
        int type = Wire.u8(b);
        int modifier = Wire.u8(b);
        Entity entity = Entity.of(Wire.u8(b), Wire.u8(b));
        int oem = Wire.u8(b);
        TypeLengthText id = TypeLengthText.decodeSdr(b, 16, "FRU device locator");
        return new FruDeviceLocatorRecord(header, access, device, (flags & 0x80) != 0,
                flags >>> 3 & 3, flags & 7, channel, type, modifier, entity, oem, id);
    }

    @Override
    public void encode(ByteBuffer out) {
        SdrRecord.encodeHeader(header, encodedLength() - SdrHeader.LENGTH, out);
        out.put((byte) accessAddress).put((byte) fruDeviceId);
        out.put((byte) ((logical ? 0x80 : 0) | accessLun << 3 | privateBus)).put((byte) (channel << 4));
        out.put((byte) 0).put((byte) deviceType).put((byte) deviceTypeModifier);
        entity.encode(out);
        out.put((byte) oem);
        idString.encodeSdr(out);
    }

    @Override
    public int encodedLength() {
        return SdrHeader.LENGTH + MIN_BODY - 1 + idString.sdrLength();
    }

    public String name() {
        return idString.text();
    }
}
