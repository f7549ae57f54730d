package dev.ipmi.sdr;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * SDR type 12h, Management Controller Device Locator Record (IPMI v2.0 rev 1.1 §43.9,
 * table 43-9).
 *
 * <pre>
 * body  0  device slave address [7:1]   1 [3:0] channel number
 *       2  power state notification / global initialization
 *       3  device capabilities: [7] chassis  [6] bridge  [5] IPMB event generator
 *          [4] IPMB event receiver  [3] FRU inventory  [2] SEL  [1] SDR repository  [0] sensors
 *       4  reserved (3)  7 entity id  8 entity instance  9 OEM
 *      10  ID string type/length  11.. ID string (max 16)
 * </pre>
 */
public record McDeviceLocatorRecord(SdrHeader header, int slaveAddress, int channel,
                                    int powerStateAndInit, int capabilities, Entity entity,
                                    int oem, TypeLengthText idString) implements SdrRecord {
    private static final int MIN_BODY = 11;

    static McDeviceLocatorRecord decodeBody(SdrHeader header, ByteBuffer b) throws MalformedPacketException {
        header.need(b, MIN_BODY, "MC device locator");
        int address = Wire.u8(b) & 0xFE;
        int channel = Wire.u8(b) & 0x0F;
        int power = Wire.u8(b);
        int caps = Wire.u8(b);
        b.position(b.position() + 3);
        Entity entity = Entity.of(Wire.u8(b), Wire.u8(b));
        int oem = Wire.u8(b);
        TypeLengthText id = TypeLengthText.decodeSdr(b, 16, "MC device locator");
        return new McDeviceLocatorRecord(header, address, channel, power, caps, entity, oem, id);
    }

    @Override
    public void encode(ByteBuffer out) {
        SdrRecord.encodeHeader(header, encodedLength() - SdrHeader.LENGTH, out);
        out.put((byte) slaveAddress).put((byte) channel).put((byte) powerStateAndInit).put((byte) capabilities);
        out.put(new byte[3]);
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

    public boolean hasSensors() {
        return (capabilities & 0x01) != 0;
    }

    public boolean hasSdrRepository() {
        return (capabilities & 0x02) != 0;
    }

    public boolean hasSel() {
        return (capabilities & 0x04) != 0;
    }

    public boolean hasFruInventory() {
        return (capabilities & 0x08) != 0;
    }
}
