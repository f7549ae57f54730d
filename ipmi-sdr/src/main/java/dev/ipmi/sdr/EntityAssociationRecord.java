package dev.ipmi.sdr;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * SDR type 08h, Entity Association Record (IPMI v2.0 rev 1.1 §43.4, table 43-4): which entities
 * a container entity holds.
 *
 * <pre>
 * body  0  container entity id   1 container entity instance
 *       2  flags [7] 1 = ranges, 0 = list  [6] 1 = linked records exist
 *                [5] 1 = sensors for contained entities present even if the container is absent
 *       3  entity id / instance pairs (4 pairs; 00h ids are unused slots). As ranges, pairs
 *          (1,2) and (3,4) are first-last.
 * </pre>
 */
public record EntityAssociationRecord(SdrHeader header, Entity container, boolean ranges,
                                      boolean linked, boolean presenceAlwaysAccessible,
                                      List<Entity> contained) implements SdrRecord {
    private static final int BODY = 11;

    public EntityAssociationRecord {
        contained = List.copyOf(contained);
    }

    static EntityAssociationRecord decodeBody(SdrHeader header, ByteBuffer b) throws MalformedPacketException {
        header.need(b, BODY, "Entity association record");
        Entity container = Entity.of(Wire.u8(b), Wire.u8(b));
        int flags = Wire.u8(b);
        return new EntityAssociationRecord(header, container, (flags & 0x80) != 0,
                (flags & 0x40) != 0, (flags & 0x20) != 0, pairs(b, 4));
    }

    @Override
    public void encode(ByteBuffer out) {
        SdrRecord.encodeHeader(header, BODY, out);
        container.encode(out);
        out.put((byte) ((ranges ? 0x80 : 0) | (linked ? 0x40 : 0) | (presenceAlwaysAccessible ? 0x20 : 0)));
        for (int i = 0; i < 4; i++) {
            if (i < contained.size()) {
                contained.get(i).encode(out);
            } else {
                out.put((byte) 0).put((byte) 0);
            }
        }
    }

    @Override
    public int encodedLength() {
        return SdrHeader.LENGTH + BODY;
    }

    static List<Entity> pairs(ByteBuffer b, int n) {
        List<Entity> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int id = Wire.u8(b);
            int instance = Wire.u8(b);
            if (id != 0) {
                out.add(Entity.of(id, instance));
            }
        }
        return out;
    }
}
