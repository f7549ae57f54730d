package dev.ipmi.core.command.app;

import dev.ipmi.core.MalformedPacketException;

/** What the watchdog guards (IPMI v2.0 section 27.6, byte 1 bits 2:0); also the expiration flag bits. */
public enum WatchdogTimerUse {
    BIOS_FRB2(1), BIOS_POST(2), OS_LOAD(3), SMS_OS(4), OEM(5);

    private final int code;

    WatchdogTimerUse(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The bit of this use in the "timer use expiration flags" byte. */
    public int expirationFlag() {
        return 1 << code;
    }

    public static WatchdogTimerUse fromCode(int code) throws MalformedPacketException {
        for (WatchdogTimerUse u : values()) {
            if (u.code == code) {
                return u;
            }
        }
        throw new MalformedPacketException("Watchdog: reserved timer use " + code);
    }
}
