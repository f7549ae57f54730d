package dev.ipmi.sdr;

import dev.ipmi.core.command.CompletionCodeException;
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
 * <p>Only sensors the session's BMC owns on LUN 0 are read; sensors of other controllers or
 * LUNs (which need bridged requests) and event-only sensors come back as unavailable readings,
 * as do sensors the BMC answers with "not present" style completion codes (CBh, CCh, CDh, D5h).
 */
public final class SensorReader {
    private static final int BMC = 0x20;
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
        if (sensor instanceof EventOnlyRecord || key.ownerId() != BMC || key.lun() != 0 || key.channel() != 0) {
            return SensorValue.of(sensor, NO_READING);
        }
        SensorReading reading;
        try {
            reading = SensorReading.of(session.sendBlocking(new GetSensorReading(key.sensorNumber())));
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
            GetSensorReadingFactors.Response f = session.sendBlocking(
                    new GetSensorReadingFactors(key.sensorNumber(), reading.raw()));
            factors = new ConversionFactors(f.m(), f.b(), f.bExponent(), f.resultExponent(), f.tolerance(),
                    f.accuracy(), f.accuracyExponent(), f.direction());
        }
        RawThresholds thresholds = null;
        if (full.eventReadingType().isThreshold() && (full.thresholdAccess() == 1 || full.thresholdAccess() == 2)) {
            try {
                thresholds = rawThresholds(session.sendBlocking(new GetSensorThresholds(key.sensorNumber()))
                        .readable().raw());
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
        if (!readable || key.ownerId() != BMC || key.lun() != 0 || key.channel() != 0) {
            return sensor.hysteresis();
        }
        GetSensorHysteresis.Response r = session.sendBlocking(new GetSensorHysteresis(key.sensorNumber()));
        return Hysteresis.of(sensor.factors(), r.positiveGoingRaw(), r.negativeGoingRaw());
    }

    private static boolean absent(CompletionCodeException e) {
        int cc = e.code().value();
        return cc == 0xCB || cc == 0xCC || cc == 0xCD || cc == 0xD5;
    }

    private static RawThresholds rawThresholds(Map<Threshold, Integer> raw) {
        int[] v = new int[6];
        int mask = 0;
        for (Map.Entry<Threshold, Integer> e : raw.entrySet()) {
            // Both enums follow the threshold mask's bit order.
            int i = e.getKey().ordinal();
            v[i] = e.getValue();
            mask |= 1 << i;
        }
        return new RawThresholds(mask, v[0], v[1], v[2], v[3], v[4], v[5]);
    }
}
