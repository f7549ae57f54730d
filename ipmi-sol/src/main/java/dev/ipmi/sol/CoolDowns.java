package dev.ipmi.sol;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The anti-flap memory: when this JVM lost a console (stolen or deactivated under it), taking
 * the same BMC's payload instance back is refused until the cool-down passes, so two programs
 * (or a program and a person) cannot steal a console back and forth in a loop.
 */
final class CoolDowns {
    private static final ConcurrentHashMap<String, Instant> LOST = new ConcurrentHashMap<>();

    private CoolDowns() {}

    static Instant lost(String bmcKey, int instance, Instant until) {
        LOST.merge(bmcKey + "#" + instance, until, (a, b) -> a.isAfter(b) ? a : b);
        return until;
    }

    /** Until when take-over is refused, or {@code null} when it is allowed now. */
    static Instant refusedUntil(String bmcKey, int instance, Instant now) {
        String key = bmcKey + "#" + instance;
        Instant until = LOST.get(key);
        if (until == null) {
            return null;
        }
        if (!until.isAfter(now)) {
            LOST.remove(key, until);
            return null;
        }
        return until;
    }
}
