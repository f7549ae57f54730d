package dev.ipmi.sdr;

import dev.ipmi.core.IpmiException;
import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CompletionCodeException;
import dev.ipmi.core.command.app.GetDeviceId;
import dev.ipmi.core.command.sensor.GetDeviceSdrInfo;
import dev.ipmi.lan.BridgeTarget;
import dev.ipmi.lan.IpmiSession;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Reads a controller's SDRs: its SDR repository (IPMI v2.0 rev 1.1 §33: Get SDR Repository
 * Info, Reserve SDR Repository, then Get SDR from record 0000h along the next-record-id chain)
 * and, when Get Device ID says it provides device SDRs, the device SDRs of each LUN that Get
 * Device SDR Info reports (§35.2-35.4, the same walk with the Sensor/Event commands sent to
 * that LUN). Device SDRs follow the repository's records; a device SDR for a sensor the
 * repository already describes is left out. A controller that provides device SDRs but does
 * not claim to be an SDR repository device is not asked for a repository.
 *
 * <p>Each record is first asked for whole (FFh bytes). A BMC that cannot return that many
 * bytes (CAh, FFh, C7h, C8h) gets partial reads instead: the 5-byte header, then the body in
 * chunks that halve on each such error. The chunk size that worked is kept for the rest of the
 * walk. A cancelled reservation (C5h: someone else reserved, or the repository changed) makes
 * the reader look at the repository's addition and erase timestamps (or the device's sensor
 * population change indicator): if they moved, the walk starts again at once; if not, the
 * reservation is renewed and the read repeated. They are compared once more after the walk,
 * and a changed repository is walked again (at most {@value #MAX_WALKS} walks). A
 * controller that cannot reserve (Reserve answered with C1h) is read unreserved.
 *
 * <p>With an {@link SdrCache}, SDRs whose key (model, firmware, timestamps, change indicator)
 * is cached cost Get Device ID and Get SDR Repository Info, plus one Get Device SDR Info and
 * one per reported LUN for device SDRs. The controller is the BMC itself unless one is given:
 * then every command is bridged to it (Send Message), e.g. to read a satellite controller's
 * device SDRs. Not thread-safe: one reader per walk.
 */
public final class SdrRepositoryReader {
    static final int MAX_WALKS = 3;
    private static final int HEADER = SdrHeader.LENGTH;
    private static final int LAST_RECORD = 0xFFFF;
    private static final int WHOLE_RECORD = 0xFF;
    /** The largest partial read tried after whole-record reads fail. */
    private static final int FIRST_CHUNK = 32;
    private static final int MAX_RESERVATION_RENEWALS = 10;

    private final IpmiSession session;
    private final SdrCache cache;
    private final Controller mc;
    private boolean wholeRecords = true;
    private int chunk = FIRST_CHUNK;
    private SdrSource source;
    private SdrSource.Version walking;
    private int reservation;
    private boolean reserve;

    /** A reader of the BMC's SDRs without a cache. */
    public SdrRepositoryReader(IpmiSession session) {
        this(session, null);
    }

    /** A reader of the BMC's SDRs that looks in and fills {@code cache} (null for none). */
    public SdrRepositoryReader(IpmiSession session, SdrCache cache) {
        this.session = session;
        this.cache = cache;
        this.mc = Controller.BMC;
    }

    /**
     * A reader of the SDRs of the controller at {@code controller}'s channel and slave address
     * (its LUN is not used: device SDRs are read from every LUN the controller reports).
     */
    public SdrRepositoryReader(IpmiSession session, SdrCache cache, BridgeTarget controller) {
        this.session = session;
        this.cache = cache;
        this.mc = new Controller(controller.channel(), controller.slaveAddress());
    }

    /** {@link #read(SdrProgressListener)} without progress reports. */
    public SdrRepository read() throws IOException {
        return read(SdrProgressListener.NONE);
    }

    /**
     * The controller's SDR repository and device SDRs, from the cache when it holds them.
     * Progress totals count the records of both.
     */
    public SdrRepository read(SdrProgressListener listener) throws IOException {
        GetDeviceId.Response device = mc.send(session, new GetDeviceId(), 0);
        boolean repository = !device.providesDeviceSdrs()
                || device.support().contains(GetDeviceId.DeviceSupport.SDR_REPOSITORY_DEVICE);
        return read(repository ? SdrSource.repository(session, mc) : null,
                device.providesDeviceSdrs() ? deviceSources() : List.of(), listener, cache == null ? null : device);
    }

    /** Only the device SDRs of the controller (Get Device SDR, every LUN it reports); never cached. */
    public SdrRepository readDeviceSdrs(SdrProgressListener listener) throws IOException {
        return read(null, deviceSources(), listener, null);
    }

    /** One source per LUN that Get Device SDR Info (asked on LUN 0) says has sensors. */
    private List<SdrSource> deviceSources() throws IOException {
        int luns = mc.send(session, new GetDeviceSdrInfo(true), 0).lunsWithSensors();
        List<SdrSource> sources = new ArrayList<>();
        for (int lun = 0; lun < 4; lun++) {
            // A controller that sets no LUN bit still answers on LUN 0.
            if ((luns & 1 << lun) != 0 || luns == 0 && lun == 0) {
                sources.add(SdrSource.device(session, mc, lun));
            }
        }
        return sources;
    }

    private SdrRepository read(SdrSource repository, List<SdrSource> devices, SdrProgressListener listener,
                               GetDeviceId.Response device) throws IOException {
        List<SdrSource> parts = new ArrayList<>();
        if (repository != null) {
            parts.add(repository);
        }
        parts.addAll(devices);
        List<SdrSource.Version> versions = versions(parts);
        for (int walk = 1; ; walk++) {
            SdrCacheKey key = device == null ? null : key(device, repository == null ? null : versions.get(0),
                    devices.isEmpty() ? null : versions.get(repository == null ? 0 : 1));
            if (key != null) {
                Optional<List<byte[]>> hit = cache.get(key);
                if (hit.isPresent()) {
                    return SdrRepository.of(hit.get());
                }
            }
            List<byte[]> raw;
            try {
                raw = walkAll(parts, versions, repository != null, listener);
            } catch (ChangedDuringWalk e) {
                raw = null;
            }
            List<SdrSource.Version> after = versions(parts);
            if (raw != null && sameContents(after, versions)) {
                if (key != null) {
                    cache.put(key, raw);
                }
                return SdrRepository.of(raw);
            }
            if (walk == MAX_WALKS) {
                throw new IpmiException("SDR repository changed during each of " + MAX_WALKS + " walks");
            }
            versions = after;
        }
    }

    private static List<SdrSource.Version> versions(List<SdrSource> parts) throws IOException {
        List<SdrSource.Version> versions = new ArrayList<>(parts.size());
        for (SdrSource p : parts) {
            versions.add(p.version());
        }
        return versions;
    }

    private static boolean sameContents(List<SdrSource.Version> a, List<SdrSource.Version> b) {
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).sameContents(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static SdrCacheKey key(GetDeviceId.Response d, SdrSource.Version repository, SdrSource.Version devices) {
        return new SdrCacheKey(d.manufacturerId(), d.productId(), d.firmwareMajor(), d.firmwareMinor(),
                repository == null ? 0 : repository.addition(), repository == null ? 0 : repository.erase(),
                devices == null ? 0 : devices.addition());
    }

    /**
     * Every part's records in order; device SDRs (the parts after the repository) of sensors
     * already described are dropped.
     */
    private List<byte[]> walkAll(List<SdrSource> parts, List<SdrSource.Version> versions, boolean firstIsRepository,
                                 SdrProgressListener listener) throws IOException {
        int total = versions.stream().mapToInt(SdrSource.Version::entries).sum();
        List<byte[]> merged = new ArrayList<>();
        Set<SensorKey> described = new HashSet<>();
        int done = 0;
        for (int i = 0; i < parts.size(); i++) {
            source = parts.get(i);
            boolean deviceSdrs = i > 0 || !firstIsRepository;
            int before = done;
            List<byte[]> records = walk(versions.get(i), n -> listener.progress(before + n, total));
            done += records.size();
            for (byte[] r : records) {
                Optional<SensorKey> sensor = sensorKey(r);
                if (sensor.isPresent() && !described.add(sensor.get()) && deviceSdrs) {
                    continue;
                }
                merged.add(r);
            }
        }
        return merged;
    }

    private static Optional<SensorKey> sensorKey(byte[] raw) {
        try {
            return SdrRecord.decode(raw) instanceof SensorRecord s ? Optional.of(s.key()) : Optional.empty();
        } catch (MalformedPacketException e) {
            return Optional.empty(); // kept, and named in the repository's warnings
        }
    }

    private List<byte[]> walk(SdrSource.Version info, IntConsumer progress) throws IOException {
        walking = info;
        if (info.entries() == 0) {
            return List.of(); // an empty repository answers Get SDR 0000h with CBh
        }
        reserve = info.reservable();
        reservation = reserve ? firstReservation() : 0;
        List<byte[]> records = new ArrayList<>(Math.min(info.entries(), 1024));
        Set<Integer> seen = new HashSet<>();
        int id = 0;
        while (id != LAST_RECORD) {
            if (!seen.add(id)) {
                throw new MalformedPacketException("SDR repository: record " + id + " comes twice in the chain");
            }
            ByteBuffer next = ByteBuffer.allocate(2);
            records.add(readRecord(id, next));
            id = next.getShort(0) & 0xFFFF;
            progress.accept(records.size());
        }
        return records;
    }

    /**
     * A reservation, or 0 when the controller does not implement reserving (C1h, as some
     * satellite controllers answer Reserve Device SDR Repository): then reads go unreserved.
     */
    private int firstReservation() throws IOException {
        try {
            return source.reserve();
        } catch (CompletionCodeException e) {
            if (e.code().value() != 0xC1) {
                throw e;
            }
            reserve = false;
            return 0;
        }
    }

    /** One record; its next record id goes into {@code next}. */
    private byte[] readRecord(int id, ByteBuffer next) throws IOException {
        if (wholeRecords) {
            SdrSource.Piece whole = piece(id, 0, WHOLE_RECORD);
            if (whole != null) {
                byte[] data = whole.data().toByteArray();
                if (data.length >= HEADER && data.length >= HEADER + (data[4] & 0xFF)) {
                    next.putShort(0, (short) whole.nextRecordId());
                    // Some BMCs pad the answer; the record is what its length byte says.
                    return java.util.Arrays.copyOf(data, HEADER + (data[4] & 0xFF));
                }
            }
            // Refused or cut short: this BMC needs partial reads.
            wholeRecords = false;
        }
        SdrSource.Piece head = pieceOrShrink(id, 0, HEADER);
        byte[] header = head.data().toByteArray();
        if (header.length < HEADER) {
            throw new MalformedPacketException("Get SDR " + id + ": header is " + header.length + " bytes");
        }
        next.putShort(0, (short) head.nextRecordId());
        int realId = (header[0] & 0xFF) | (header[1] & 0xFF) << 8;
        byte[] record = new byte[HEADER + (header[4] & 0xFF)];
        System.arraycopy(header, 0, record, 0, HEADER);
        int offset = HEADER;
        while (offset < record.length) {
            byte[] part = pieceOrShrink(realId, offset, Math.min(chunk, record.length - offset)).data().toByteArray();
            if (part.length == 0) {
                throw new MalformedPacketException("Get SDR " + realId + " at offset " + offset + ": no data");
            }
            int n = Math.min(part.length, record.length - offset);
            System.arraycopy(part, 0, record, offset, n);
            offset += n;
        }
        return record;
    }

    /** A partial read that halves the chunk on "too many bytes" errors until it works. */
    private SdrSource.Piece pieceOrShrink(int id, int offset, int count) throws IOException {
        int n = count;
        while (true) {
            SdrSource.Piece r = piece(id, offset, n);
            if (r != null) {
                return r;
            }
            if (n == 1) {
                throw new IpmiException("Get SDR " + id + ": the BMC refuses even 1-byte reads");
            }
            n = Math.max(1, n / 2);
            chunk = Math.min(chunk, n);
        }
    }

    /** One Get SDR; null when the BMC says it cannot return that many bytes. */
    private SdrSource.Piece piece(int id, int offset, int count) throws IOException {
        for (int renewals = 0; ; renewals++) {
            try {
                return source.get(reservation, id, offset, count);
            } catch (CompletionCodeException e) {
                switch (e.code().value()) {
                    case 0xCA, 0xFF, 0xC7, 0xC8 -> {
                        return null;
                    }
                    case 0xC5 -> {
                        if (!reserve || renewals == MAX_RESERVATION_RENEWALS) {
                            throw e;
                        }
                        // A cancelled reservation often means the repository changed: if so,
                        // what was read so far is worthless and the walk starts again now.
                        if (!source.version().sameContents(walking)) {
                            throw new ChangedDuringWalk();
                        }
                        reservation = source.reserve();
                    }
                    default -> throw e;
                }
            }
        }
    }

    /** Ends a walk early: the repository is not the one the walk started on. */
    private static final class ChangedDuringWalk extends IOException {
        private static final long serialVersionUID = 1L;

        ChangedDuringWalk() {
            super("SDR repository changed during the walk");
        }
    }
}
