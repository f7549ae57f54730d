package dev.ipmi.sdr;

import dev.ipmi.core.IpmiException;
import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CompletionCodeException;
import dev.ipmi.core.command.app.GetDeviceId;
import dev.ipmi.lan.IpmiSession;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a BMC's SDR repository (IPMI v2.0 rev 1.1 §33): Get SDR Repository Info, Reserve SDR
 * Repository, then Get SDR from record 0000h along the next-record-id chain.
 *
 * <p>Each record is first asked for whole (FFh bytes). A BMC that cannot return that many
 * bytes (CAh, FFh, C7h, C8h) gets partial reads instead: the 5-byte header, then the body in
 * chunks that halve on each such error. The chunk size that worked is kept for the rest of the
 * walk. A cancelled reservation (C5h: someone else reserved, or the repository changed) makes
 * the reader look at the repository's addition and erase timestamps: if they moved, the walk
 * starts again at once; if not, the reservation is renewed and the read repeated. The
 * timestamps are compared once more after the walk, and a changed repository is walked again
 * (at most {@value #MAX_WALKS} walks).
 *
 * <p>With an {@link SdrCache}, a repository whose key (model, firmware, timestamps) is cached
 * costs two commands. {@link #readDeviceSdrs} walks a controller's device SDRs (Get Device
 * SDR) the same way, without the cache. Not thread-safe: one reader per walk.
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
    private boolean wholeRecords = true;
    private int chunk = FIRST_CHUNK;
    private SdrSource source;
    private SdrSource.Version walking;
    private int reservation;
    private boolean reserve;

    /** A reader without a cache. */
    public SdrRepositoryReader(IpmiSession session) {
        this(session, null);
    }

    /** A reader that looks in and fills {@code cache} (null for none). */
    public SdrRepositoryReader(IpmiSession session, SdrCache cache) {
        this.session = session;
        this.cache = cache;
    }

    /** {@link #read(SdrProgressListener)} without progress reports. */
    public SdrRepository read() throws IOException {
        return read(SdrProgressListener.NONE);
    }

    /** The BMC's SDR repository, from the cache when it holds this repository. */
    public SdrRepository read(SdrProgressListener listener) throws IOException {
        source = SdrSource.repository(session);
        GetDeviceId.Response device = cache == null ? null : session.sendBlocking(new GetDeviceId());
        return read(listener, device);
    }

    /** The device SDRs of the controller the session talks to (Get Device SDR); never cached. */
    public SdrRepository readDeviceSdrs(SdrProgressListener listener) throws IOException {
        source = SdrSource.device(session);
        return read(listener, null);
    }

    private SdrRepository read(SdrProgressListener listener, GetDeviceId.Response device) throws IOException {
        SdrSource.Version version = source.version();
        for (int walk = 1; ; walk++) {
            SdrCacheKey key = device == null ? null : key(device, version);
            if (key != null) {
                Optional<List<byte[]>> hit = cache.get(key);
                if (hit.isPresent()) {
                    return SdrRepository.of(hit.get());
                }
            }
            List<byte[]> raw;
            SdrSource.Version after;
            try {
                raw = walk(version, listener);
                after = source.version();
            } catch (ChangedDuringWalk e) {
                raw = null;
                after = e.now;
            }
            if (raw != null && after.sameContents(version)) {
                if (key != null) {
                    cache.put(key, raw);
                }
                return SdrRepository.of(raw);
            }
            if (walk == MAX_WALKS) {
                throw new IpmiException("SDR repository changed during each of " + MAX_WALKS + " walks");
            }
            version = after;
        }
    }

    private static SdrCacheKey key(GetDeviceId.Response d, SdrSource.Version v) {
        return new SdrCacheKey(d.manufacturerId(), d.productId(), d.firmwareMajor(), d.firmwareMinor(),
                v.addition(), v.erase());
    }

    private List<byte[]> walk(SdrSource.Version info, SdrProgressListener listener) throws IOException {
        walking = info;
        reserve = info.reservable();
        reservation = reserve ? source.reserve() : 0;
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
            listener.progress(records.size(), info.entries());
        }
        return records;
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
                        SdrSource.Version now = source.version();
                        if (!now.sameContents(walking)) {
                            throw new ChangedDuringWalk(now);
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
        final transient SdrSource.Version now;

        ChangedDuringWalk(SdrSource.Version now) {
            super("SDR repository changed during the walk");
            this.now = now;
        }
    }
}
