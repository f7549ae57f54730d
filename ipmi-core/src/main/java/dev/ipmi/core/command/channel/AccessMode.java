package dev.ipmi.core.command.channel;

import dev.ipmi.core.MalformedPacketException;

/** Channel access mode (IPMI v2.0 section 22.22, byte 2 bits 2:0). */
public enum AccessMode {
    DISABLED, PRE_BOOT_ONLY, ALWAYS_AVAILABLE, SHARED;

    static AccessMode decode(int code) throws MalformedPacketException {
        if (code >= values().length) {
            throw new MalformedPacketException("Channel access: reserved access mode " + code);
        }
        return values()[code];
    }
}
