package dev.ipmi.core.command.app;

import dev.ipmi.core.MalformedPacketException;

/** The interrupt raised before expiry (IPMI v2.0 section 27.6, byte 2 bits 6:4). */
public enum WatchdogPreTimeoutInterrupt {
    NONE, SMI, NMI, MESSAGING_INTERRUPT;

    public static WatchdogPreTimeoutInterrupt fromCode(int code) throws MalformedPacketException {
        if (code >= values().length) {
            throw new MalformedPacketException("Watchdog: reserved pre-timeout interrupt " + code);
        }
        return values()[code];
    }
}
