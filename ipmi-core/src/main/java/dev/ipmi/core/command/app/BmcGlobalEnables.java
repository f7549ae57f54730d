package dev.ipmi.core.command.app;

import java.util.EnumSet;
import java.util.Set;

/** The BMC global enable bits (IPMI v2.0 section 22.1), bit 0 first; bit 4 is reserved. */
public enum BmcGlobalEnables {
    RECEIVE_MESSAGE_QUEUE_INTERRUPT(0), EVENT_MESSAGE_BUFFER_FULL_INTERRUPT(1), EVENT_MESSAGE_BUFFER(2),
    SYSTEM_EVENT_LOGGING(3), OEM0(5), OEM1(6), OEM2(7);

    private final int bit;

    BmcGlobalEnables(int bit) {
        this.bit = bit;
    }

    static Set<BmcGlobalEnables> fromByte(int b) {
        EnumSet<BmcGlobalEnables> s = EnumSet.noneOf(BmcGlobalEnables.class);
        for (BmcGlobalEnables e : values()) {
            if ((b & 1 << e.bit) != 0) {
                s.add(e);
            }
        }
        return s;
    }

    static int toByte(Set<BmcGlobalEnables> set) {
        int b = 0;
        for (BmcGlobalEnables e : set) {
            b |= 1 << e.bit;
        }
        return b;
    }
}
