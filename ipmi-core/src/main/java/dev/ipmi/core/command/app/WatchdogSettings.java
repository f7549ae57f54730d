package dev.ipmi.core.command.app;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * The six bytes Set Watchdog Timer sends and Get Watchdog Timer returns first (IPMI v2.0
 * sections 27.6 and 27.7).
 *
 * <pre>
 * b7 don't log, b6 don't stop / running, b2:0 timer use | b6:4 pre-timeout interrupt,
 * b2:0 timeout action | pre-timeout interval (s) | expiration flags | initial countdown (2, 100 ms, LS first)
 * </pre>
 *
 * @param flag              byte 1 bit 6: "don't stop timer" in Set, "timer is running" in Get
 * @param expirationFlags   in Set: flags to clear; in Get: uses whose timer has expired
 * @param initialCountdown  a multiple of 100 ms, at most 6553.5 s
 */
public record WatchdogSettings(WatchdogTimerUse timerUse, boolean dontLog, boolean flag,
                               WatchdogAction action, WatchdogPreTimeoutInterrupt preTimeoutInterrupt,
                               int preTimeoutIntervalSeconds, Set<WatchdogTimerUse> expirationFlags,
                               Duration initialCountdown) {
    static final int LENGTH = 6;

    public WatchdogSettings {
        expirationFlags = Set.copyOf(expirationFlags);
        if (expirationFlags.contains(WatchdogTimerUse.UNSPECIFIED)) {
            throw new IllegalArgumentException("UNSPECIFIED has no expiration flag");
        }
        long units = initialCountdown.toMillis() / 100;
        if (units < 0 || units > 0xFFFF || initialCountdown.toMillis() % 100 != 0) {
            throw new IllegalArgumentException("countdown is 0..6553.5 s in 100 ms steps: " + initialCountdown);
        }
        if (preTimeoutIntervalSeconds < 0 || preTimeoutIntervalSeconds > 0xFF) {
            throw new IllegalArgumentException("pre-timeout interval is one byte: " + preTimeoutIntervalSeconds);
        }
    }

    static WatchdogSettings decode(ByteBuffer in, String structure) throws MalformedPacketException {
        Wire.need(in, LENGTH, structure);
        int use = Wire.u8(in);
        int actions = Wire.u8(in);
        int pre = Wire.u8(in);
        int flags = Wire.u8(in);
        EnumSet<WatchdogTimerUse> expired = EnumSet.noneOf(WatchdogTimerUse.class);
        for (WatchdogTimerUse u : WatchdogTimerUse.values()) {
            if ((flags & u.expirationFlag()) != 0) {
                expired.add(u);
            }
        }
        return new WatchdogSettings(WatchdogTimerUse.fromCode(use & 0x07), (use & 0x80) != 0, (use & 0x40) != 0,
                WatchdogAction.fromCode(actions & 0x07), WatchdogPreTimeoutInterrupt.fromCode(actions >>> 4 & 0x07),
                pre, expired, Countdown.decode(in));
    }

    void encode(ByteBuffer out) {
        out.put((byte) ((dontLog ? 0x80 : 0) | (flag ? 0x40 : 0) | timerUse.code()));
        out.put((byte) (preTimeoutInterrupt.ordinal() << 4 | action.ordinal()));
        out.put((byte) preTimeoutIntervalSeconds);
        int flags = 0;
        for (WatchdogTimerUse u : expirationFlags) {
            flags |= u.expirationFlag();
        }
        out.put((byte) flags);
        Countdown.encode(out, initialCountdown);
    }
}
