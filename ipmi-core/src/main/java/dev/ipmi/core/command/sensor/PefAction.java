package dev.ipmi.core.command.sensor;

import java.util.EnumSet;
import java.util.Set;

/** PEF actions (IPMI v2.0 sections 30.1 and 30.3 parameter 2), bit 0 first. */
public enum PefAction {
    ALERT, POWER_DOWN, RESET, POWER_CYCLE, OEM, DIAGNOSTIC_INTERRUPT;

    static Set<PefAction> fromBits(int bits) {
        EnumSet<PefAction> s = EnumSet.noneOf(PefAction.class);
        for (PefAction a : values()) {
            if ((bits & 1 << a.ordinal()) != 0) {
                s.add(a);
            }
        }
        return s;
    }

    static int toBits(Set<PefAction> set) {
        int b = 0;
        for (PefAction a : set) {
            b |= 1 << a.ordinal();
        }
        return b;
    }
}
