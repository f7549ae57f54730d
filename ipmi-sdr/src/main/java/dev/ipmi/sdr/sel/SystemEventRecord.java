package dev.ipmi.sdr.sel;

import dev.ipmi.core.command.sensor.Threshold;
import dev.ipmi.core.command.storage.Timestamp;
import dev.ipmi.core.wire.Wire;
import dev.ipmi.sdr.EventReadingType;
import dev.ipmi.sdr.EventStates;
import dev.ipmi.sdr.FullSensorRecord;
import dev.ipmi.sdr.SensorRecord;
import dev.ipmi.sdr.SensorType;
import dev.ipmi.sdr.ThresholdStatus;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * SEL record type 02h, a system event (IPMI v2.0 rev 1.1 §32.1, event message §29.7).
 *
 * <pre>
 *  0 record id (LE16)   2 type 02h   3 timestamp (LE32)
 *  7 generator id: [7:1] slave address / software id, [0] 1 = software; then
 *  8 [7:4] channel  [1:0] LUN
 *  9 EvM revision (04h = IPMI 1.5/2.0)  10 sensor type  11 sensor number
 * 12 [7] 1 = deassertion  [6:0] event/reading type
 * 13 event data 1: [7:6] byte 2 use  [5:4] byte 3 use  [3:0] offset
 * 14 event data 2  15 event data 3
 * </pre>
 *
 * For threshold events, data 1 bits 7:6 = 01b means byte 2 is the trigger reading and bits
 * 5:4 = 01b means byte 3 is the threshold; for discrete events bits 7:6 = 01b means byte 2
 * holds the previous state and severity. 10b is OEM data, 11b sensor-specific extensions.
 */
public record SystemEventRecord(int recordId, Timestamp timestamp, int generatorId,
                                int evmRevision, SensorType sensorType, int sensorNumber,
                                boolean deassertion, EventReadingType eventReadingType,
                                int eventData1, int eventData2, int eventData3) implements SelRecord {

    static SystemEventRecord decodeBody(int id, ByteBuffer in) {
        Timestamp ts = new Timestamp(Wire.i32le(in) & 0xFFFFFFFFL);
        int generator = Wire.u16le(in);
        int evm = Wire.u8(in);
        SensorType type = SensorType.of(Wire.u8(in));
        int number = Wire.u8(in);
        int dirType = Wire.u8(in);
        return new SystemEventRecord(id, ts, generator, evm, type, number, (dirType & 0x80) != 0,
                EventReadingType.of(dirType), Wire.u8(in), Wire.u8(in), Wire.u8(in));
    }

    @Override
    public int recordType() {
        return 0x02;
    }

    @Override
    public void encode(ByteBuffer out) {
        Wire.putU16le(out, recordId);
        out.put((byte) 0x02);
        Wire.putI32le(out, (int) timestamp.seconds());
        Wire.putU16le(out, generatorId);
        out.put((byte) evmRevision).put((byte) sensorType.value()).put((byte) sensorNumber);
        out.put((byte) ((deassertion ? 0x80 : 0) | eventReadingType.value()));
        out.put((byte) eventData1).put((byte) eventData2).put((byte) eventData3);
    }

    /** The event offset (event data 1 bits 3:0). */
    public int offset() {
        return eventData1 & 0x0F;
    }

    /** How event data 2 is used: 0 unspecified, 1 trigger reading / previous state, 2 OEM, 3 sensor-specific. */
    public int data2Use() {
        return eventData1 >>> 6 & 3;
    }

    /** How event data 3 is used: 0 unspecified, 1 trigger threshold (threshold events), 2 OEM, 3 sensor-specific. */
    public int data3Use() {
        return eventData1 >>> 4 & 3;
    }

    /** The generator's slave address or software id (the whole first byte). */
    public int generatorAddress() {
        return generatorId & 0xFF;
    }

    public boolean generatedBySoftware() {
        return (generatorId & 1) != 0;
    }

    /** The name of the event's state ("Upper Non-critical going high", "Presence detected"). */
    public Optional<String> eventName() {
        return EventStates.name(eventReadingType, sensorType, offset());
    }

    /** For threshold events: the threshold the offset is about. */
    public Optional<Threshold> threshold() {
        if (!eventReadingType.isThreshold() || offset() > 11) {
            return Optional.empty();
        }
        // Offsets come in going-low/going-high pairs in the enum's order: LNC, LC, LNR, UNC, UC, UNR.
        return Optional.of(Threshold.values()[offset() / 2]);
    }

    /** The trigger reading in units, for threshold events that carry one and a known full SDR. */
    public OptionalDouble triggerReading(SensorRecord sdr) {
        if (!eventReadingType.isThreshold() || data2Use() != 1 || !(sdr instanceof FullSensorRecord full)
                || !full.convertible()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(full.convert(eventData2));
    }

    /** The threshold in units, for threshold events that carry one and a known full SDR. */
    public OptionalDouble triggerThreshold(SensorRecord sdr) {
        if (!eventReadingType.isThreshold() || data3Use() != 1 || !(sdr instanceof FullSensorRecord full)
                || !full.convertible()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(full.convert(eventData3));
    }

    /**
     * A one-line description in the style of {@code ipmitool sel elist}, e.g. "Temperature CPU
     * Temp | Upper Non-critical going high | Asserted | Reading 86 > Threshold 85 degrees C".
     *
     * @param sdr the sensor's SDR, or null when it is not known
     */
    public String describe(SensorRecord sdr) {
        StringBuilder sb = new StringBuilder(sensorType.name()).append(' ');
        sb.append(sdr != null ? sdr.name() : String.format("#0x%02x", sensorNumber));
        sb.append(" | ").append(eventName().orElse(eventReadingType.isOem()
                ? String.format("OEM event offset 0x%02x", offset())
                : String.format("Unknown event offset 0x%02x", offset())));
        sb.append(" | ").append(deassertion ? "Deasserted" : "Asserted");
        OptionalDouble reading = triggerReading(sdr);
        OptionalDouble threshold = triggerThreshold(sdr);
        if (reading.isPresent() && threshold.isPresent()) {
            boolean upper = threshold().map(ThresholdStatus::upper).orElse(true);
            sb.append(" | Reading ").append(format(reading.getAsDouble()))
                    .append(upper ? " > " : " < ").append("Threshold ")
                    .append(format(threshold.getAsDouble())).append(' ')
                    .append(((FullSensorRecord) sdr).units().text());
        } else if (data2Use() == 2 || data3Use() == 2) {
            sb.append(String.format(" | OEM data %02x %02x", eventData2, eventData3));
        }
        return sb.toString();
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}
