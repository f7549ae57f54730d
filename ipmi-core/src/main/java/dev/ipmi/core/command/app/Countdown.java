package dev.ipmi.core.command.app;

import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.time.Duration;

/** The watchdog's 16-bit countdowns, in 100 ms units, LS byte first (IPMI v2.0 section 27.6). */
final class Countdown {
    private Countdown() {}

    static Duration decode(ByteBuffer in) {
        return Duration.ofMillis(Wire.u16le(in) * 100L);
    }

    static void encode(ByteBuffer out, Duration d) {
        Wire.putU16le(out, (int) (d.toMillis() / 100));
    }
}
