package dev.ipmi.core.command.app;

import dev.ipmi.core.MalformedPacketException;

/**
 * What the watchdog guards (IPMI v2.0 section 27.6, byte 1 bits 2:0); also the expiration flag bits.
 * {@link #UNSPECIFIED} is the reserved code 0: what a BMC whose watchdog was never set reports
 * (ipmi_sim does); it has no expiration flag.
 */
public enum WatchdogTimerUse {
    UNSPECIFIED(0), BIOS_FRB2(1), BIOS_POST(2), OS_LOAD(3), SMS_OS(4), OEM(5);

    private final int code;

    WatchdogTimerUse(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The bit of this use in the "timer use expiration flags" byte; 0 for {@link #UNSPECIFIED}. */
    public int expirationFlag() {
        return this == UNSPECIFIED ? 0 : 1 << code;
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
