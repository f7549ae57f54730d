package dev.ipmi.core.command.app;

import dev.ipmi.core.MalformedPacketException;

/** What happens when the watchdog expires (IPMI v2.0 section 27.6, byte 2 bits 2:0). */
public enum WatchdogAction {
    NO_ACTION, HARD_RESET, POWER_DOWN, POWER_CYCLE;

    public static WatchdogAction fromCode(int code) throws MalformedPacketException {
        if (code >= values().length) {
            throw new MalformedPacketException("Watchdog: reserved timeout action " + code);
        }
        return values()[code];
    }
}
