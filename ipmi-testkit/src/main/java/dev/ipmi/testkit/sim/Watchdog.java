package dev.ipmi.testkit.sim;

/**
 * BMC watchdog timer (IPMI v2.0 chapter 27): settings, start on Reset, present countdown
 * computed from the clock. Expiry is not acted upon. Selector thread only.
 */
final class Watchdog {
    private final byte[] settings = new byte[6]; // use, action, pre-timeout, flags, countdown LS, MS
    private boolean set;
    private boolean running;
    private long startedNanos;

    Reply set(byte[] d) {
        if (d.length < 6) {
            return Reply.cc(0xC7);
        }
        System.arraycopy(d, 0, settings, 0, 6);
        settings[3] = (byte) (settings[3] & ~d[3]); // the expiration flags byte clears what is set
        set = true;
        running = (d[0] & 0x40) != 0 && running; // "don't stop" keeps a running timer running
        return Reply.ok();
    }

    Reply reset() {
        if (!set) {
            return Reply.cc(0x80); // attempt to start an un-initialised watchdog
        }
        running = true;
        startedNanos = System.nanoTime();
        return Reply.ok();
    }

    Reply get() {
        int initial = (settings[4] & 0xFF) | (settings[5] & 0xFF) << 8; // 100 ms units
        int present = initial;
        if (running) {
            long elapsed = (System.nanoTime() - startedNanos) / 100_000_000L;
            present = (int) Math.max(0, initial - elapsed);
        }
        return Reply.ok((byte) ((settings[0] & 0x3F) | (running ? 0x40 : 0)), settings[1], settings[2], settings[3],
                settings[4], settings[5], (byte) present, (byte) (present >>> 8));
    }
}
