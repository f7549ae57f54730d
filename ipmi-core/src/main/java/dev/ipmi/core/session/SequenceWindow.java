package dev.ipmi.core.session;

/**
 * The inbound session sequence number check (IPMI v2.0 sections 6.12.12 and 6.12.13): a
 * number is acceptable once, if it is at most {@code ahead} past the highest accepted so far
 * or within the {@code behind} numbers below it and not yet seen. Everything else is a replay,
 * a duplicate or too far off, and is dropped.
 *
 * <p>{@link #check} and {@link #accept} are separate because the inbound order is: check the
 * window, verify integrity, decrypt, and only then accept — a forged datagram must not be able
 * to move the window. Sequence number 0 is never acceptable in a session (it marks
 * sessionless traffic). Numbers are unsigned 32-bit and the window follows wrap-around.
 * Not thread-safe: one per session, used by the thread that owns the session.
 */
public final class SequenceWindow {
    /** RMCP+ (IPMI 2.0): 16 numbers behind, 15 ahead. */
    public static final int V20_BEHIND = 16;
    public static final int V20_AHEAD = 15;
    /** IPMI 1.5: 8 behind, 7 ahead. */
    public static final int V15_BEHIND = 8;
    public static final int V15_AHEAD = 7;

    private final int behind;
    private final int ahead;
    private boolean started;
    private int highest;
    /** Bit i set: number (highest - 1 - i) was seen. */
    private long seenBelow;

    public SequenceWindow(int behind, int ahead) {
        if (behind < 1 || behind > 64 || ahead < 1) {
            throw new IllegalArgumentException("window must be 1..64 behind and >= 1 ahead");
        }
        this.behind = behind;
        this.ahead = ahead;
    }

    /** The RMCP+ window. */
    public static SequenceWindow v20() {
        return new SequenceWindow(V20_BEHIND, V20_AHEAD);
    }

    /** The IPMI 1.5 window. */
    public static SequenceWindow v15() {
        return new SequenceWindow(V15_BEHIND, V15_AHEAD);
    }

    /** Whether {@code seq} may be accepted now (does not change the window). */
    public boolean check(int seq) {
        if (seq == 0) {
            return false;
        }
        if (!started) {
            return true;
        }
        int diff = seq - highest; // wrap-aware distance
        if (diff > 0) {
            return diff <= ahead;
        }
        if (diff == 0) {
            return false;
        }
        int back = -diff;
        if (back > behind) {
            return false;
        }
        return (seenBelow & (1L << (back - 1))) == 0;
    }

    /**
     * Whether {@code seq} is further ahead than the window allows (but not behind it). After a
     * burst of lost datagrams every later number is "too far ahead"; a session whose datagrams
     * carry an integrity auth code may accept such a number once the auth code verified, because
     * a forger cannot produce one — otherwise the session would be dead for good.
     */
    public boolean isFarAhead(int seq) {
        if (!started || seq == 0) {
            return false;
        }
        int diff = seq - highest;
        return diff > ahead;
    }

    /** Records {@code seq} as received; call only after {@link #check} passed and the datagram verified. */
    public void accept(int seq) {
        if (!started) {
            started = true;
            highest = seq;
            seenBelow = 0;
            return;
        }
        int diff = seq - highest;
        if (diff > 0) {
            seenBelow = diff >= 64 ? 0 : (seenBelow << diff) | (1L << (diff - 1));
            highest = seq;
        } else if (diff < 0 && -diff <= 64) {
            seenBelow |= 1L << (-diff - 1);
        }
    }

    /** Forgets everything, e.g. when a session is re-established. */
    public void reset() {
        started = false;
        highest = 0;
        seenBelow = 0;
    }

    /** The highest accepted number (unsigned), or 0 before the first. */
    public long highest() {
        return Integer.toUnsignedLong(highest);
    }
}
