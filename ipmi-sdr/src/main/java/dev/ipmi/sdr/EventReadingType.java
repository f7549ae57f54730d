package dev.ipmi.sdr;

/**
 * The event/reading type code (IPMI v2.0 rev 1.1 §42.1, table 42-1): how a sensor's state
 * bits and events are to be read.
 *
 * <pre>
 * 00h        unspecified
 * 01h        threshold
 * 02h-0Ch    generic discrete (table 42-2)
 * 6Fh        sensor-specific (table 42-3, by sensor type)
 * 70h-7Fh    OEM
 * </pre>
 */
public record EventReadingType(int value) {
    public static final EventReadingType UNSPECIFIED = of(0x00);
    public static final EventReadingType THRESHOLD = of(0x01);
    public static final EventReadingType SENSOR_SPECIFIC = of(0x6F);

    public EventReadingType {
        if (value < 0 || value > 0x7F) {
            throw new IllegalArgumentException("event/reading type is 7 bits: " + value);
        }
    }

    /** Bits 6:0 of any byte (bit 7 is the event direction in event messages). */
    public static EventReadingType of(int value) {
        return new EventReadingType(value & 0x7F);
    }

    public boolean isThreshold() {
        return value == 0x01;
    }

    public boolean isGenericDiscrete() {
        return value >= 0x02 && value <= 0x0C;
    }

    public boolean isSensorSpecific() {
        return value == 0x6F;
    }

    public boolean isOem() {
        return value >= 0x70;
    }

    public String name() {
        if (isThreshold()) {
            return "Threshold";
        }
        if (isGenericDiscrete()) {
            return "Generic Discrete";
        }
        if (isSensorSpecific()) {
            return "Sensor-specific Discrete";
        }
        if (isOem()) {
            return "OEM";
        }
        return value == 0 ? "Unspecified" : "Reserved";
    }

    @Override
    public String toString() {
        return String.format("%s (0x%02X)", name(), value);
    }
}
