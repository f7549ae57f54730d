package dev.ipmi.sdr;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.sensor.Threshold;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.Map;

/**
 * SDR type 01h, Full Sensor Record (IPMI v2.0 rev 1.1 §43.1, table 43-1): a sensor with
 * conversion factors, thresholds and hysteresis.
 *
 * <pre>
 * body  0  owner id      1 owner LUN     2 sensor number  3 entity id   4 entity instance
 *       5  initialization 6 capabilities 7 sensor type    8 event/reading type
 *       9  assertion mask / lower threshold reading mask (LE16)
 *      11  deassertion mask / upper threshold reading mask (LE16)
 *      13  discrete reading mask / readable threshold mask
 *      14  settable threshold mask
 *      15  units 1       16 base unit    17 modifier unit 18 linearization
 *      19  M, tolerance, B, accuracy, accuracy exp/direction, K2/K1 (6 bytes)
 *      25  analog characteristic flags   26 nominal  27 normal max  28 normal min
 *      29  sensor max    30 sensor min
 *      31  UNR  32 UC  33 UNC  34 LNR  35 LC  36 LNC
 *      37  positive-going hysteresis     38 negative-going hysteresis
 *      39  reserved (2)  41 OEM          42 ID string type/length  43.. ID string (max 16)
 * </pre>
 */
public record FullSensorRecord(SdrHeader header, SensorKey key, Entity entity,
                               int initialization, int capabilities, SensorType sensorType,
                               EventReadingType eventReadingType, int assertionMask,
                               int deassertionMask, int readingMask, SensorUnits units,
                               Linearization linearization, int linearizationCode,
                               ConversionFactors factors, int analogFlags, int nominalReading,
                               int normalMaximum, int normalMinimum, int sensorMaximum,
                               int sensorMinimum, RawThresholds thresholds,
                               int positiveHysteresis, int negativeHysteresis, int oem,
                               TypeLengthText idString) implements SensorRecord {
    private static final int MIN_BODY = 43;

    static FullSensorRecord decodeBody(SdrHeader header, ByteBuffer b) throws MalformedPacketException {
        header.need(b, MIN_BODY, "Full sensor record");
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
        int lin = Wire.u8(b) & 0x7F;
        ConversionFactors factors = ConversionFactors.decode(b);
        int flags = Wire.u8(b);
        int nominal = Wire.u8(b);
        int normalMax = Wire.u8(b);
        int normalMin = Wire.u8(b);
        int max = Wire.u8(b);
        int min = Wire.u8(b);
        int unr = Wire.u8(b);
        int uc = Wire.u8(b);
        int unc = Wire.u8(b);
        int lnr = Wire.u8(b);
        int lc = Wire.u8(b);
        int lnc = Wire.u8(b);
        // Only threshold sensors have thresholds; for them the low byte of the reading mask
        // field says which are readable.
        int readable = ert.isThreshold() ? reading & 0x3F : 0;
        RawThresholds thresholds = new RawThresholds(readable, lnc, lc, lnr, unc, uc, unr);
        int posHyst = Wire.u8(b);
        int negHyst = Wire.u8(b);
        b.position(b.position() + 2);
        int oem = Wire.u8(b);
        TypeLengthText id = TypeLengthText.decodeSdr(b, 16, "Full sensor record");
        return new FullSensorRecord(header, key, entity, init, caps, type, ert, assertion,
                deassertion, reading, units, Linearization.of(lin), lin, factors, flags, nominal,
                normalMax, normalMin, max, min, thresholds, posHyst, negHyst, oem, id);
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
        out.put((byte) linearizationCode);
        factors.encode(out);
        out.put((byte) analogFlags).put((byte) nominalReading).put((byte) normalMaximum)
                .put((byte) normalMinimum).put((byte) sensorMaximum).put((byte) sensorMinimum);
        out.put((byte) thresholds.unr()).put((byte) thresholds.uc()).put((byte) thresholds.unc())
                .put((byte) thresholds.lnr()).put((byte) thresholds.lc()).put((byte) thresholds.lnc());
        out.put((byte) positiveHysteresis).put((byte) negativeHysteresis).put((byte) 0).put((byte) 0)
                .put((byte) oem);
        idString.encodeSdr(out);
    }

    @Override
    public int encodedLength() {
        return SdrHeader.LENGTH + MIN_BODY - 1 + idString.sdrLength();
    }

    /** True when readings convert without Get Sensor Reading Factors. */
    public boolean convertible() {
        return units.format() != AnalogFormat.NO_ANALOG_READING
                && linearization != Linearization.NON_LINEAR
                && linearization != Linearization.RESERVED;
    }

    /** A raw reading in units with this record's factors; NaN if the sensor has no analog reading. */
    public double convert(int raw) {
        return factors.convertRaw(raw, units.format(), linearization);
    }

    /** A raw reading in units with factors from Get Sensor Reading Factors (non-linear sensors). */
    public double convert(int raw, ConversionFactors readingFactors) {
        return readingFactors.convertRaw(raw, units.format(), linearization);
    }

    /** The record's readable thresholds in units. */
    public Map<Threshold, Double> thresholdsInUnits() {
        return thresholds.inUnits(factors, units.format(), linearization);
    }

    /** The mask of thresholds Set Sensor Thresholds may change (byte 20 of the record). */
    public int settableThresholdMask() {
        return eventReadingType.isThreshold() ? (readingMask >>> 8) & 0x3F : 0;
    }

    /** Capabilities bits 3:2: 0 none, 1 readable, 2 readable and settable, 3 fixed. */
    public int thresholdAccess() {
        return capabilities >>> 2 & 3;
    }

    /** Capabilities bits 5:4: 0 none, 1 readable, 2 readable and settable, 3 fixed. */
    public int hysteresisAccess() {
        return capabilities >>> 4 & 3;
    }

    /** The record's initial hysteresis in units (linear sensors). */
    public Hysteresis hysteresis() {
        return Hysteresis.of(factors, positiveHysteresis, negativeHysteresis);
    }

    /** The nominal reading in units, if the record specifies one (analog flags bit 0). */
    public java.util.OptionalDouble nominalInUnits() {
        return (analogFlags & 1) != 0 ? java.util.OptionalDouble.of(convert(nominalReading))
                : java.util.OptionalDouble.empty();
    }
}
