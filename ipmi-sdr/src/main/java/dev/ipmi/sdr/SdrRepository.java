package dev.ipmi.sdr;

import dev.ipmi.core.MalformedPacketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SDRs of one BMC: the raw records as read (what a cache stores) and their decoding.
 * Records that do not decode are left out of {@link #records()} and named in
 * {@link #warnings()}.
 */
public record SdrRepository(List<byte[]> rawRecords, List<SdrRecord> records, List<String> warnings) {

    public SdrRepository {
        rawRecords = rawRecords.stream().map(byte[]::clone).toList();
        records = List.copyOf(records);
        warnings = List.copyOf(warnings);
    }

    /** Decodes raw records, e.g. from a cache. */
    public static SdrRepository of(List<byte[]> raw) {
        List<SdrRecord> records = new ArrayList<>(raw.size());
        List<String> warnings = new ArrayList<>();
        for (byte[] r : raw) {
            try {
                records.add(SdrRecord.decode(r));
            } catch (MalformedPacketException e) {
                warnings.add(e.getMessage());
            }
        }
        return new SdrRepository(raw, records, warnings);
    }

    /** Every individual sensor, with shared compact and event-only records expanded. */
    public List<SensorRecord> sensors() {
        return records.stream().filter(r -> r instanceof SensorRecord)
                .flatMap(r -> ((SensorRecord) r).sensors().stream()).toList();
    }

    /** The sensor with this owner and number. */
    public Optional<SensorRecord> sensor(int ownerId, int lun, int number) {
        return sensors().stream().filter(s -> s.key().ownerId() == ownerId && s.key().lun() == lun
                && s.key().sensorNumber() == number).findFirst();
    }

    /** Equal when the decoded records and the warnings are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SdrRepository r && r.records.equals(records) && r.warnings.equals(warnings);
    }

    @Override
    public int hashCode() {
        return records.hashCode();
    }

    @Override
    public String toString() {
        return "SdrRepository[" + records.size() + " records, warnings=" + warnings + "]";
    }

    /** Records of one type. */
    public <T extends SdrRecord> List<T> recordsOf(Class<T> type) {
        return records.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
