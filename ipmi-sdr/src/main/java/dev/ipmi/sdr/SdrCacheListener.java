package dev.ipmi.sdr;

/** Told when an {@link SdrCache} entry turns out stale: the BMC model's repository changed. */
@FunctionalInterface
public interface SdrCacheListener {
    SdrCacheListener NONE = (stale, current) -> { };

    /**
     * An entry for the same model and firmware had other repository timestamps and was
     * replaced by a fresh read.
     */
    void stale(SdrCacheKey stale, SdrCacheKey current);
}
