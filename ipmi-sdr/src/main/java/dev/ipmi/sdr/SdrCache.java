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

    /** Stores the raw records under {@code key}, replacing what was there. */
    void put(SdrCacheKey key, List<byte[]> records) throws IOException;

    /** A cache in this JVM's memory. */
    static SdrCache inMemory() {
        return new InMemorySdrCache();
    }

    /** A cache of one file per key in {@code directory} (created if missing). */
    static SdrCache directory(Path directory) {
        return new DirectorySdrCache(directory);
    }
}
