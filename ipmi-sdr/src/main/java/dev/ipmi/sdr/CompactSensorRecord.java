package dev.ipmi.sdr;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * SDR type 02h, Compact Sensor Record (IPMI v2.0 rev 1.1 §43.2, table 43-2): usually discrete
 * sensors; one record may stand for several sensors with consecutive numbers ("record
 * sharing").
 *
 * <pre>
 * body  0  owner id  1 owner LUN  2 sensor number  3 entity id  4 entity instance
 *       5  initialization  6 capabilities  7 sensor type  8 event/reading type
 *       9  assertion mask (LE16)  11 deassertion mask (LE16)  13 reading/settable mask (LE16)
 *      15  units 1  16 base unit  17 modifier unit
 *      18  record sharing 1  19 record sharing 2  (see {@link RecordSharing})
 *      20  positive-going hysteresis  21 negative-going hysteresis
 *      22  reserved (3)  25 OEM  26 ID string type/length  27.. ID string (max 16)
 * </pre>
 *
 * @param shareIndex which of the shared sensors this is: 0 for the record as read
 */
public record CompactSensorRecord(SdrHeader header, SensorKey key, Entity entity,
                                  int initialization, int capabilities, SensorType sensorType,
                                  EventReadingType eventReadingType, int assertionMask,
                                  int deassertionMask, int readingMask, SensorUnits units,
                                  RecordSharing sharing, int positiveHysteresis,
                                  int negativeHysteresis, int oem, TypeLengthText idString,
                                  int shareIndex) implements SensorRecord {
    private static final int MIN_BODY = 27;

    static CompactSensorRecord decodeBody(SdrHeader header, ByteBuffer b) throws MalformedPacketException {
        header.need(b, MIN_BODY, "Compact sensor record");
        SensorKey key = SensorKey.of(Wire.u8(b), Wire.u8(b), Wire.u8(b));
        Entity entity = Entity.of(Wire.u8(b), Wire.u8(b));
        int init = Wire.u8(b);
        int caps = Wire.u8(b);
        SensorType type = SensorType.of(Wire.u8(b));
        EventReadingType ert = EventReadingType.of(Wire.u8(b));
        int assertion = Wire.u16le(b);
        int deassertion = Wire.u16le(b);
        int reading = Wire.u16le(b);
        SensorUnits units = SensorUnits.of(Wire.u8(b), Wire.u8(b), Wire.u8(b));
        RecordSharing sharing = RecordSharing.of(Wire.u8(b), Wire.u8(b));
        int posHyst = Wire.u8(b);
        int negHyst = Wire.u8(b);
        b.position(b.position() + 3);
        int oem = Wire.u8(b);
        TypeLengthText id = TypeLengthText.decodeSdr(b, 16, "Compact sensor record");
        return new CompactSensorRecord(header, key, entity, init, caps, type, ert, assertion,
                deassertion, reading, units, sharing, posHyst, negHyst, oem, id, 0);
    }

    @Override
    public void encode(ByteBuffer out) {
        SdrRecord.encodeHeader(header, encodedLength() - SdrHeader.LENGTH, out);
        out.put((byte) key.ownerId()).put((byte) (key.channel() << 4 | key.lun())).put((byte) key.sensorNumber());
        entity.encode(out);
        out.put((byte) initialization).put((byte) capabilities).put((byte) sensorType.value())
                .put((byte) eventReadingType.value());
        Wire.putU16le(out, assertionMask);
        Wire.putU16le(out, deassertionMask);
        Wire.putU16le(out, readingMask);
        out.put((byte) units.units1()).put((byte) units.base().value()).put((byte) units.modifier().value());
        sharing.encode(out);
        out.put((byte) positiveHysteresis).put((byte) negativeHysteresis).put(new byte[3]).put((byte) oem);
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
            out.add(new CompactSensorRecord(header, key.withNumber(key.sensorNumber() + i), e,
                    initialization, capabilities, sensorType, eventReadingType, assertionMask,
                    deassertionMask, readingMask, units, sharing, positiveHysteresis,
                    negativeHysteresis, oem, idString, i));
        }
        return List.copyOf(out);
    }
}
