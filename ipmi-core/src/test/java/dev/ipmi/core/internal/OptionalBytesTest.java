package dev.ipmi.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class OptionalBytesTest {

    @Test
    void everyByteValueIsTheOptionalOfThatValueAndShared() {
        for (int v = 0; v < 256; v++) {
            assertEquals(OptionalInt.of(v), OptionalBytes.of(v), "value " + v);
            assertEquals(OptionalInt.of(v).hashCode(), OptionalBytes.of(v).hashCode(), "hash of " + v);
            assertSame(OptionalBytes.of(v), OptionalBytes.of(v), "value " + v + " is allocated once");
        }
    }

    @Test
    void onlyTheLowByteCounts() {
        assertEquals(OptionalInt.of(0x7D), OptionalBytes.of(0x17D));
        assertEquals(OptionalInt.of(0xFF), OptionalBytes.of(-1));
    }
}
