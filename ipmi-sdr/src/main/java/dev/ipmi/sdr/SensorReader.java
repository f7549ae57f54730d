package dev.ipmi.sdr;

import dev.ipmi.core.command.CompletionCodeException;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.sensor.GetSensorHysteresis;
import dev.ipmi.core.command.sensor.GetSensorReading;
import dev.ipmi.core.command.sensor.GetSensorReadingFactors;
import dev.ipmi.core.command.sensor.GetSensorThresholds;
import dev.ipmi.core.command.sensor.Threshold;
import dev.ipmi.lan.IpmiSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads sensors described by SDRs: Get Sensor Reading, Get Sensor Thresholds for threshold
 * sensors whose thresholds are readable, Get Sensor Reading Factors for non-linear sensors
 * (IPMI v2.0 rev 1.1 §35).
 *
 * <p>Sensors the BMC (20h) owns on LUN 0 are asked directly; sensors of other controllers, or
 * on other LUNs, are asked through Send Message bridging to the owner's channel, slave address
 * and LUN ({@link dev.ipmi.lan.BridgeTarget}). Sensors owned by system software, event-only sensors and
 * sensors the owner answers with "not present" style completion codes (CBh, CCh, CDh, D5h)
 * come back as unavailable readings.
 */
public final class SensorReader {
    private static final SensorReading NO_READING = new SensorReading(0, false, false, true, 0);

    private final IpmiSession session;

    public SensorReader(IpmiSession session) {
        this.session = session;
    }

    /** Every sensor of the repository except event-only ones. */
    public List<SensorValue> readAll(SdrRepository repository) throws IOException {
        List<SensorValue> out = new ArrayList<>();
        for (SensorRecord s : repository.sensors()) {
            if (!(s instanceof EventOnlyRecord)) {
                out.add(read(s));
            }
        }
        return out;
    }

    public SensorValue read(SensorRecord sensor) throws IOException {
        SensorKey key = sensor.key();
        if (sensor instanceof EventOnlyRecord || key.softwareOwner()) {
            return SensorValue.of(sensor, NO_READING);
        }
        SensorReading reading;
        try {
            reading = SensorReading.of(send(new GetSensorReading(key.sensorNumber()), key));
        } catch (CompletionCodeException e) {
            if (absent(e)) {
                return SensorValue.of(sensor, NO_READING);
            }
            throw e;
        }
        if (!(sensor instanceof FullSensorRecord full)) {
            return SensorValue.of(sensor, reading);
        }
        ConversionFactors factors = null;
        if (full.linearization() == Linearization.NON_LINEAR && reading.valid()) {
            GetSensorReadingFactors.Response f = send(new GetSensorReadingFactors(key.sensorNumber(), reading.raw()), key);
            factors = new ConversionFactors(f.m(), f.b(), f.bExponent(), f.resultExponent(), f.tolerance(),
                    f.accuracy(), f.accuracyExponent(), f.direction());
        }
        RawThresholds thresholds = null;
        if (full.eventReadingType().isThreshold() && (full.thresholdAccess() == 1 || full.thresholdAccess() == 2)) {
            try {
                thresholds = rawThresholds(send(new GetSensorThresholds(key.sensorNumber()), key).readable().raw());
            } catch (CompletionCodeException e) {
                if (!absent(e) && e.code().value() != 0xC1) {
                    throw e;
                }
                // fall back to the SDR's initial thresholds
            }
        }
        return SensorValue.of(sensor, reading, factors, thresholds);
    }

    /**
     * The sensor's current hysteresis (Get Sensor Hysteresis) when the record says it is
     * readable, else the record's initial values.
     */
    public Hysteresis hysteresis(FullSensorRecord sensor) throws IOException {
        SensorKey key = sensor.key();
        boolean readable = sensor.hysteresisAccess() == 1 || sensor.hysteresisAccess() == 2;
        if (!readable || key.softwareOwner()) {
            return sensor.hysteresis();
        }
        GetSensorHysteresis.Response r = send(new GetSensorHysteresis(key.sensorNumber()), key);
        return Hysteresis.of(sensor.factors(), r.positiveGoingRaw(), r.negativeGoingRaw());
    }

    /** Directly to the BMC's LUN 0, else bridged to the sensor's owner. */
    private <R> R send(IpmiRequest<R> request, SensorKey key) throws IOException {
        return new Controller(key.channel(), key.ownerId()).send(session, request, key.lun());
    }

    private static boolean absent(CompletionCodeException e) {
        int cc = e.code().value();
        return cc == 0xCB || cc == 0xCC || cc == 0xCD || cc == 0xD5;
    }

    private static RawThresholds rawThresholds(Map<Threshold, Integer> raw) {
        int[] v = new int[6];
        int mask = 0;
        for (Map.Entry<Threshold, Integer> e : raw.entrySet()) {
            // Threshold constants follow the mask's bit order.
            int i = e.getKey().ordinal();
            v[i] = e.getValue();
            mask |= 1 << i;
        }
        return new RawThresholds(mask, v[0], v[1], v[2], v[3], v[4], v[5]);
    }
}
