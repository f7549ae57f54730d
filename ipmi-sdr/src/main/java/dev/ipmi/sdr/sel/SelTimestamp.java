package dev.ipmi.sdr.sel;

import java.time.Instant;

/**
 * A SEL/SDR timestamp: seconds since 1970-01-01 UTC, little-endian (IPMI v2.0 rev 1.1 §37).
 * Values up to 20000000h are seconds since the controller started because its clock was never
 * set ("pre-init"); FFFFFFFFh means unspecified.
 */
public record SelTimestamp(long seconds) {
    /** The last value that counts as pre-init time. */
    public static final long PRE_INIT_LIMIT = 0x20000000L;
    public static final long UNSPECIFIED = 0xFFFFFFFFL;

    public SelTimestamp {
        if (seconds < 0 || seconds > UNSPECIFIED) {
            throw new IllegalArgumentException("timestamp is 32 unsigned bits: " + seconds);
        }
    }

    public static SelTimestamp of(int raw) {
        return new SelTimestamp(raw & 0xFFFFFFFFL);
    }

    public boolean preInit() {
        return seconds <= PRE_INIT_LIMIT;
    }

    public boolean unspecified() {
        return seconds == UNSPECIFIED;
    }

    /** The wall-clock time, or null for pre-init and unspecified timestamps. */
    public Instant instant() {
        return preInit() || unspecified() ? null : Instant.ofEpochSecond(seconds);
    }

    @Override
    public String toString() {
        if (unspecified()) {
            return "Unspecified";
        }
        return preInit() ? "Pre-Init +" + seconds + "s" : Instant.ofEpochSecond(seconds).toString();
    }
}
