package dev.ipmi.sdr;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link SdrCache#inMemory()}. */
final class InMemorySdrCache implements SdrCache {
    private final ConcurrentHashMap<SdrCacheKey, List<byte[]>> entries = new ConcurrentHashMap<>();
    private final SdrCacheListener listener;

    InMemorySdrCache(SdrCacheListener listener) {
        this.listener = listener;
    }

    @Override
    public Optional<List<byte[]>> get(SdrCacheKey key) {
        return Optional.ofNullable(entries.get(key)).map(InMemorySdrCache::copy);
    }

    @Override
    public void put(SdrCacheKey key, List<byte[]> records) {
        entries.put(key, copy(records));
        for (SdrCacheKey k : entries.keySet()) {
            if (k.sameModel(key) && !k.equals(key) && entries.remove(k) != null) {
                listener.stale(k, key);
            }
        }
    }

    private static List<byte[]> copy(List<byte[]> records) {
        return records.stream().map(byte[]::clone).toList();
    }
}
