package dev.ipmi.sdr;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link SdrCache#inMemory()}. */
final class InMemorySdrCache implements SdrCache {
    private final ConcurrentHashMap<SdrCacheKey, List<byte[]>> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<List<byte[]>> get(SdrCacheKey key) {
        return Optional.ofNullable(entries.get(key)).map(InMemorySdrCache::copy);
    }

    @Override
    public void put(SdrCacheKey key, List<byte[]> records) {
        // An entry for the same model with older timestamps can never match again.
        entries.keySet().removeIf(k -> k.sameModel(key) && !k.equals(key));
        entries.put(key, copy(records));
    }

    private static List<byte[]> copy(List<byte[]> records) {
        return records.stream().map(byte[]::clone).toList();
    }
}
