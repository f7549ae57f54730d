package dev.ipmi.benchmarks.load;

import dev.ipmi.core.command.sensor.GetSensorReading;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.sdr.EventOnlyRecord;
import dev.ipmi.sdr.SdrCache;
import dev.ipmi.sdr.SdrRepository;
import dev.ipmi.sdr.SdrRepositoryReader;
import dev.ipmi.sdr.SensorKey;
import dev.ipmi.sdr.SensorReader;
import dev.ipmi.sdr.SensorRecord;
import dev.ipmi.sdr.SensorValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * "Read every sensor of a BMC", the unit of work of a monitoring agent, done two ways: with the
 * library's blocking readers ({@link SdrRepositoryReader} + {@link SensorReader#readAll}, one
 * command at a time) and pipelined (the SDR walk, then Get Sensor Reading for every sensor
 * sent at once so the session's in-flight window fills).
 */
final class SensorSweep {
    private SensorSweep() {}

    /** The SDR walk and every reading, blocking; returns the number of sensors read. */
    static int blocking(IpmiSession session, SdrCache cache) throws IOException {
        SdrRepository repo = new SdrRepositoryReader(session, cache).read();
        List<SensorValue> values = new SensorReader(session).readAll(repo);
        return checked(values.size(), repo);
    }

    /**
     * The SDR walk (inherently one record at a time: each answer names the next record), then
     * Get Sensor Reading of every BMC-owned sensor at once. Returns the number of readings.
     */
    static int pipelined(IpmiSession session, SdrCache cache) throws IOException {
        SdrRepository repo = new SdrRepositoryReader(session, cache).read();
        List<CompletableFuture<GetSensorReading.Response>> pending = new ArrayList<>();
        for (SensorRecord s : repo.sensors()) {
            SensorKey k = s.key();
            if (!(s instanceof EventOnlyRecord) && k.ownerId() == 0x20 && k.lun() == 0 && k.channel() == 0) {
                pending.add(session.send(new GetSensorReading(k.sensorNumber())));
            }
        }
        for (CompletableFuture<GetSensorReading.Response> f : pending) {
            try {
                f.join();
            } catch (RuntimeException e) {
                throw new IOException("Get Sensor Reading failed: " + e.getCause(), e);
            }
        }
        return checked(pending.size(), repo);
    }

    private static int checked(int read, SdrRepository repo) throws IOException {
        if (read == 0 || repo.sensors().isEmpty()) {
            throw new IOException("no sensors read (" + repo.records().size() + " SDRs)");
        }
        return read;
    }
}
