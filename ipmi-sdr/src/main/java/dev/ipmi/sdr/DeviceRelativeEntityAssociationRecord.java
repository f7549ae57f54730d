package dev.ipmi.sdr;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * SDR type 09h, Device-relative Entity Association Record (IPMI v2.0 rev 1.1 §43.5,
 * table 43-5): like 08h, but each entity is qualified by the controller it is relative to.
 *
 * <pre>
 * body  0  container entity id  1 container instance  2 container device address [7:1]
 *       3  container device channel [7:4]  4 flags (as in 08h)
 *       5  4 x { device address, device channel, entity id, entity instance }
 * </pre>
 */
public record DeviceRelativeEntityAssociationRecord(SdrHeader header, Located container,
                                                    boolean ranges, boolean linked,
                                                    boolean presenceAlwaysAccessible,
                                                    List<Located> contained) implements SdrRecord {
    private static final int BODY = 21;

    /** An entity and the controller (8-bit slave address, channel) it is relative to. */
    public record Located(int deviceAddress, int channel, Entity entity) { }

    public DeviceRelativeEntityAssociationRecord {
        contained = List.copyOf(contained);
    }

    @Override
    public void encode(ByteBuffer out) {
        SdrRecord.encodeHeader(header, BODY, out);
        container.entity().encode(out);
        out.put((byte) container.deviceAddress()).put((byte) (container.channel() << 4));
        out.put((byte) ((ranges ? 0x80 : 0) | (linked ? 0x40 : 0) | (presenceAlwaysAccessible ? 0x20 : 0)));
        for (int i = 0; i < 4; i++) {
            if (i < contained.size()) {
                Located l = contained.get(i);
                out.put((byte) l.deviceAddress()).put((byte) (l.channel() << 4));
                l.entity().encode(out);
            } else {
                out.put(new byte[4]);
            }
        }
    }

    @Override
    public int encodedLength() {
        return SdrHeader.LENGTH + BODY;
    }

    static DeviceRelativeEntityAssociationRecord decodeBody(SdrHeader header, ByteBuffer b)
            throws MalformedPacketException {
        header.need(b, BODY, "Device-relative entity association record");
        int id = Wire.u8(b);
        int instance = Wire.u8(b);
        int address = Wire.u8(b) & 0xFE;
        int channel = Wire.u8(b) >>> 4;
        int flags = Wire.u8(b);
        List<Located> contained = new ArrayList<>(4);
        for (int i = 0; i < 4; i++) {
            int a = Wire.u8(b) & 0xFE;
            int c = Wire.u8(b) >>> 4;
            int eid = Wire.u8(b);
            int ei = Wire.u8(b);
            if (eid != 0) {
                contained.add(new Located(a, c, Entity.of(eid, ei)));
            }
        }
        return new DeviceRelativeEntityAssociationRecord(header,
                new Located(address, channel, Entity.of(id, instance)), (flags & 0x80) != 0,
                (flags & 0x40) != 0, (flags & 0x20) != 0, contained);
    }
}
