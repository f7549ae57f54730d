package dev.ipmi.sdr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A store of raw SDR repositories by {@link SdrCacheKey}. Implementations must be safe for
 * concurrent use: one cache serves every BMC of a client.
 */
public interface SdrCache {

    /** The raw records stored under {@code key}. */
    Optional<List<byte[]>> get(SdrCacheKey key) throws IOException;

    /**
     * Stores the raw records under {@code key}, replacing what was there. Entries of the same
     * model and firmware with other timestamps can never match again: they are dropped and
     * reported to the cache's {@link SdrCacheListener}.
     */
    void put(SdrCacheKey key, List<byte[]> records) throws IOException;

    /** A cache in this JVM's memory. */
    static SdrCache inMemory() {
        return inMemory(SdrCacheListener.NONE);
    }

    /** A cache in this JVM's memory that reports entries replaced as stale. */
    static SdrCache inMemory(SdrCacheListener listener) {
        return new InMemorySdrCache(listener);
    }

    /** A cache of one file per key in {@code directory} (created if missing). */
    static SdrCache directory(Path directory) {
        return directory(directory, SdrCacheListener.NONE);
    }

    /** A directory cache that reports (and deletes) entries replaced as stale. */
    static SdrCache directory(Path directory, SdrCacheListener listener) {
        return new DirectorySdrCache(directory, listener);
    }
}
