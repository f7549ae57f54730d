package dev.ipmi.sdr;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * SDR type 10h, Generic Device Locator Record (IPMI v2.0 rev 1.1 §43.7, table 43-7): a device
 * on the IPMB or a private bus that is neither a FRU device nor a management controller.
 *
 * <pre>
 * body  0  device access address [7:1]   1 device slave address [7:1]
 *       2  [7:5] channel bits 2:0  [4:3] access LUN  [2:0] private bus id
 *       3  [7] channel bit 3       [2:0] address span
 *       4  reserved  5 device type  6 device type modifier  7 entity id  8 entity instance
 *       9  OEM  10 ID string type/length  11.. ID string (max 16)
 * </pre>
 */
public record GenericDeviceLocatorRecord(SdrHeader header, int accessAddress, int slaveAddress,
                                         int channel, int accessLun, int privateBus,
                                         int addressSpan, int deviceType, int deviceTypeModifier,
                                         Entity entity, int oem, TypeLengthText idString)
        implements SdrRecord {
    private static final int MIN_BODY = 11;

    @Override
    public void encode(ByteBuffer out) {
        SdrRecord.encodeHeader(header, encodedLength() - SdrHeader.LENGTH, out);
        out.put((byte) accessAddress).put((byte) slaveAddress);
        out.put((byte) ((channel & 7) << 5 | accessLun << 3 | privateBus));
        out.put((byte) ((channel & 8) << 4 | addressSpan));
        out.put((byte) 0).put((byte) deviceType).put((byte) deviceTypeModifier);
        entity.encode(out);
        out.put((byte) oem);
        idString.encodeSdr(out);
    }

    @Override
    public int encodedLength() {
        return SdrHeader.LENGTH + MIN_BODY - 1 + idString.sdrLength();
    }

    static GenericDeviceLocatorRecord decodeBody(SdrHeader header, ByteBuffer b) throws MalformedPacketException {
        header.need(b, MIN_BODY, "Generic device locator");
        int access = Wire.u8(b) & 0xFE;
        int slave = Wire.u8(b) & 0xFE;
        int bus = Wire.u8(b);
        int span = Wire.u8(b);
        b.get();
        int type = Wire.u8(b);
        int modifier = Wire.u8(b);
        Entity entity = Entity.of(Wire.u8(b), Wire.u8(b));
        int oem = Wire.u8(b);
        TypeLengthText id = TypeLengthText.decodeSdr(b, 16, "Generic device locator");
        int channel = (bus >>> 5) | (span & 0x80) >>> 4;
        return new GenericDeviceLocatorRecord(header, access, slave, channel, bus >>> 3 & 3,
                bus & 7, span & 7, type, modifier, entity, oem, id);
    }
}
