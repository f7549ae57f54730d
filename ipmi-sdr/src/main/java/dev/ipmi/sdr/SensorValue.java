package dev.ipmi.sdr;

import dev.ipmi.core.command.sensor.Threshold;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A sensor's reading interpreted with its SDR: the value in units, the threshold status or the
 * asserted discrete states, and the thresholds in units.
 *
 * @param value      the reading in units; empty for discrete sensors, unavailable readings and
 *                   non-linear sensors read without their reading factors
 * @param thresholds the thresholds in units (from Get Sensor Thresholds when it was asked, else
 *                   the SDR's initial values); empty for non-threshold sensors
 */
public record SensorValue(SensorRecord sensor, SensorReading reading, OptionalDouble value,
                          Map<Threshold, Double> thresholds) {

    public SensorValue {
        thresholds = Map.copyOf(thresholds);
    }

    /** Interprets {@code reading} with the SDR's own factors and thresholds. */
    public static SensorValue of(SensorRecord sensor, SensorReading reading) {
        return of(sensor, reading, null, null);
    }

    /**
     * Interprets {@code reading}; {@code readingFactors} (Get Sensor Reading Factors, needed for
     * non-linear sensors) and {@code thresholds} (Get Sensor Thresholds) may be null.
     */
    public static SensorValue of(SensorRecord sensor, SensorReading reading,
                                 ConversionFactors readingFactors, RawThresholds thresholds) {
        if (!(sensor instanceof FullSensorRecord full)) {
            return new SensorValue(sensor, reading, OptionalDouble.empty(), Map.of());
        }
        ConversionFactors factors = readingFactors != null ? readingFactors : full.factors();
        boolean convertible = full.units().format() != AnalogFormat.NO_ANALOG_READING
                && full.linearization() != Linearization.RESERVED
                && (full.linearization() != Linearization.NON_LINEAR || readingFactors != null);
        OptionalDouble value = convertible && reading.valid()
                ? OptionalDouble.of(full.convert(reading.raw(), factors)) : OptionalDouble.empty();
        Map<Threshold, Double> inUnits = !convertible || !full.eventReadingType().isThreshold() ? Map.of()
                : (thresholds != null ? thresholds : full.thresholds())
                        .inUnits(factors, full.units().format(), full.linearization());
        return new SensorValue(sensor, reading, value, inUnits);
    }

    public boolean isThresholdSensor() {
        return sensor.eventReadingType().isThreshold();
    }

    /** The unit text, e.g. "degrees C"; "discrete" for sensors without units. */
    public String unit() {
        if (sensor instanceof FullSensorRecord full && full.units().format() != AnalogFormat.NO_ANALOG_READING) {
            return full.units().text();
        }
        if (sensor instanceof CompactSensorRecord c && c.units().format() != AnalogFormat.NO_ANALOG_READING) {
            return c.units().text();
        }
        return "discrete";
    }

    /** For threshold sensors: the thresholds crossed. OK for other sensors. */
    public ThresholdStatus thresholdStatus() {
        return isThresholdSensor() && reading.valid() ? ThresholdStatus.of(reading.states()) : ThresholdStatus.OK;
    }

    /** For discrete sensors: the names of the asserted states. */
    public List<String> states() {
        if (isThresholdSensor() || !reading.valid()) {
            return List.of();
        }
        return EventStates.names(sensor.eventReadingType(), sensor.sensorType(), reading.states());
    }

    /**
     * ipmitool's {@code sdr list} status column: "ns" when there is no reading, else "ok",
     * "nc", "cr" or "nr".
     */
    public String statusText() {
        return reading.valid() ? thresholdStatus().severityText() : "ns";
    }

    @Override
    public String toString() {
        String v = value.isPresent() ? value.getAsDouble() + " " + unit()
                : isThresholdSensor() ? "no reading" : String.join(", ", states());
        return sensor.name() + ": " + v + " [" + statusText() + "]";
    }
}
