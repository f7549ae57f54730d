package dev.ipmi.sdr;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * SDR type 03h, Event-Only Record (IPMI v2.0 rev 1.1 §43.3, table 43-3): a sensor that only
 * generates events and cannot be read (Get Sensor Reading fails).
 *
 * <pre>
 * body  0  owner id  1 owner LUN  2 sensor number  3 entity id  4 entity instance
 *       5  sensor type  6 event/reading type  7 record sharing 1  8 record sharing 2
 *       9  reserved  10 OEM  11 ID string type/length  12.. ID string (max 16)
 * </pre>
 */
public record EventOnlyRecord(SdrHeader header, SensorKey key, Entity entity, SensorType sensorType,
                              EventReadingType eventReadingType, RecordSharing sharing, int oem,
                              TypeLengthText idString, int shareIndex) implements SensorRecord {
    private static final int MIN_BODY = 12;

    static EventOnlyRecord decodeBody(SdrHeader header, ByteBuffer b) throws MalformedPacketException {
        header.need(b, MIN_BODY, "Event-only record");
        SensorKey key = SensorKey.of(Wire.u8(b), Wire.u8(b), Wire.u8(b));
        Entity entity = Entity.of(Wire.u8(b), Wire.u8(b));
        SensorType type = SensorType.of(Wire.u8(b));
        EventReadingType ert = EventReadingType.of(Wire.u8(b));
        RecordSharing sharing = RecordSharing.of(Wire.u8(b), Wire.u8(b));
        b.get();
        int oem = Wire.u8(b);
        TypeLengthText id = TypeLengthText.decodeSdr(b, 16, "Event-only record");
        return new EventOnlyRecord(header, key, entity, type, ert, sharing, oem, id, 0);
    }

    @Override
    public void encode(ByteBuffer out) {
        SdrRecord.encodeHeader(header, encodedLength() - SdrHeader.LENGTH, out);
        out.put((byte) key.ownerId()).put((byte) (key.channel() << 4 | key.lun())).put((byte) key.sensorNumber());
        entity.encode(out);
        out.put((byte) sensorType.value()).put((byte) eventReadingType.value());
        sharing.encode(out);
        out.put((byte) 0).put((byte) oem);
        idString.encodeSdr(out);
    }

    @Override
    public int encodedLength() {
        return SdrHeader.LENGTH + MIN_BODY - 1 + idString.sdrLength();
    }

    @Override
    public String name() {
        return sharing.count() > 1 ? idString.text() + sharing.modifier(shareIndex) : idString.text();
    }

    @Override
    public List<SensorRecord> sensors() {
        if (sharing.count() == 1) {
            return List.of(this);
        }
        List<SensorRecord> out = new ArrayList<>(sharing.count());
        for (int i = 0; i < sharing.count(); i++) {
            Entity e = sharing.entityInstanceIncrements() ? entity.withInstance(entity.instance() + i) : entity;
            out.add(new EventOnlyRecord(header, key.withNumber(key.sensorNumber() + i), e,
                    sensorType, eventReadingType, sharing, oem, idString, i));
        }
        return List.copyOf(out);
    }
}
