package dev.ipmi.core.command.sensor;

import java.util.EnumSet;
import java.util.Set;

/** The six sensor thresholds in their wire order and bit positions (IPMI v2.0 sections 35.8, 35.9, 35.14). */
public enum Threshold {
    LOWER_NON_CRITICAL, LOWER_CRITICAL, LOWER_NON_RECOVERABLE, UPPER_NON_CRITICAL, UPPER_CRITICAL, UPPER_NON_RECOVERABLE;

    static Set<Threshold> fromBits(int bits) {
        EnumSet<Threshold> s = EnumSet.noneOf(Threshold.class);
        for (Threshold t : values()) {
            if ((bits & 1 << t.ordinal()) != 0) {
                s.add(t);
            }
        }
        return s;
    }

    static int toBits(Set<Threshold> set) {
        int b = 0;
        for (Threshold t : set) {
            b |= 1 << t.ordinal();
        }
        return b;
    }
}
