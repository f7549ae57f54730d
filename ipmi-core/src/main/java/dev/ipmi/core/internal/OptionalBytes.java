package dev.ipmi.core.internal;

import java.util.OptionalInt;

/**
 * One shared {@link OptionalInt} per unsigned byte value, so that a decoder whose record holds
 * optional byte fields allocates only the record per packet. {@code OptionalInt} is a
 * value-based class: callers compare with {@code equals}, never by identity, so sharing is
 * invisible to them.
 */
public final class OptionalBytes {
    private static final OptionalInt[] VALUES = new OptionalInt[256];

    static {
        for (int i = 0; i < VALUES.length; i++) {
            VALUES[i] = OptionalInt.of(i);
        }
    }

    private OptionalBytes() {}

    /** {@code OptionalInt.of(value)} for a byte value 0..255, without allocating. */
    public static OptionalInt of(int value) {
        return VALUES[value & 0xFF];
    }
}
