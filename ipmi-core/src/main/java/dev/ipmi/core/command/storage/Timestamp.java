package dev.ipmi.core.command.storage;

import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Optional;

/**
 * An IPMI timestamp (IPMI v2.0 section 37): unsigned seconds since 1970-01-01 UTC, LS byte
 * first; FFFFFFFFh means unspecified and 0..20000000h are seconds since the BMC initialised
 * (ipmi_sim stamps its SEL records like that: "Pre-Init").
 *
 * @param seconds the unsigned 32-bit value
 */
public record Timestamp(long seconds) {
    public static final Timestamp UNSPECIFIED = new Timestamp(0xFFFFFFFFL);
    private static final long INIT_LIMIT = 0x20000000L;

    public Timestamp {
        if (seconds < 0 || seconds > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("timestamp is 32 bits unsigned: " + seconds);
        }
    }

    public static Timestamp of(Instant instant) {
        return new Timestamp(instant.getEpochSecond());
    }

    public boolean isUnspecified() {
        return seconds == 0xFFFFFFFFL;
    }

    /** Seconds since BMC initialisation rather than a date. */
    public boolean isRelativeToInit() {
        return seconds <= INIT_LIMIT;
    }

    /** The date, when the value is one. */
    public Optional<Instant> toInstant() {
        return isUnspecified() || isRelativeToInit() ? Optional.empty() : Optional.of(Instant.ofEpochSecond(seconds));
    }

    static Timestamp decode(ByteBuffer in) {
        return new Timestamp(Wire.i32le(in) & 0xFFFFFFFFL);
    }

    void encode(ByteBuffer out) {
        Wire.putI32le(out, (int) seconds);
    }

    @Override
    public String toString() {
        if (isUnspecified()) {
            return "unspecified";
        }
        return isRelativeToInit() ? "init+" + seconds + "s" : Instant.ofEpochSecond(seconds).toString();
    }
}
