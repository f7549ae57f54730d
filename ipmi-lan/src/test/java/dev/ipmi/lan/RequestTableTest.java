package dev.ipmi.lan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ipmi.lan.internal.RequestTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestTableTest {

    @Test
    void windowLimitsOutstandingAndQueuesTheRestInOrder() {
        RequestTable<String> t = new RequestTable<>(2);
        int a = t.admit("a");
        int b = t.admit("b");
        assertEquals(-1, t.admit("c"));
        assertEquals(-1, t.admit("d"));
        assertNotEquals(a, b);
        assertEquals(2, t.outstanding());
        assertEquals(2, t.queued());

        List<String> started = new ArrayList<>();
        t.release(a, (r, seq) -> {
            started.add(r);
            assertSame(r, t.get(seq));
        });
        assertEquals(List.of("c"), started);
        assertNull(t.get(a));
    }

    @Test
    void sequenceNumbersRotateThroughAllSixtyFour() {
        RequestTable<Integer> t = new RequestTable<>(1);
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < 64; i++) {
            int seq = t.admit(i);
            used.add(seq);
            t.release(seq, (r, s) -> { });
        }
        assertEquals(64, used.size());
    }

    @Test
    void reassignGivesAFreshNumberAndKeepsTheRequest() {
        RequestTable<String> t = new RequestTable<>(4);
        int s = t.admit("x");
        int s2 = t.reassign(s);
        assertNotEquals(s, s2);
        assertNull(t.get(s));
        assertEquals("x", t.get(s2));
        assertEquals(1, t.outstanding());
    }

    /**
     * A full window of 32 keeps 32 distinct numbers, each found again; numbers not in use (a late
     * or stray answer) find nothing and free nothing, while numbers keep rotating past them.
     */
    @Test
    void aFullWindowFindsEachRequestByItsNumberAndNothingElse() {
        RequestTable<Integer> t = new RequestTable<>(32);
        for (int round = 0; round < 5; round++) {
            int[] seqs = new int[32];
            Set<Integer> used = new HashSet<>();
            for (int i = 0; i < 32; i++) {
                seqs[i] = t.admit(i);
                used.add(seqs[i]);
            }
            assertEquals(32, used.size());
            assertEquals(-1, t.admit(99));
            for (int seq = 0; seq < 64; seq++) {
                if (!used.contains(seq)) {
                    assertNull(t.get(seq), "number " + seq + " is not in use");
                    t.release(seq, (r, s) -> { throw new AssertionError("released a free number"); });
                }
            }
            assertEquals(32, t.outstanding());
            for (int i = 0; i < 32; i++) {
                assertEquals(i, t.get(seqs[i]));
            }
            List<Integer> started = new ArrayList<>();
            t.release(seqs[7], (r, s) -> {
                started.add(r);
                assertSame(r, t.get(s));
                assertNotEquals(seqs[7], s, "a freed number is not handed out again at once");
            });
            assertEquals(List.of(99), started);
            t.drain(r -> { });
        }
    }

    @Test
    void drainHandsOutEverything() {
        RequestTable<String> t = new RequestTable<>(1);
        t.admit("a");
        t.admit("b");
        List<String> all = new ArrayList<>();
        t.drain(all::add);
        assertEquals(List.of("a", "b"), all);
        assertEquals(0, t.outstanding());
        assertEquals(0, t.queued());
    }

    @Test
    void rejectsSillyWindows() {
        assertThrows(IllegalArgumentException.class, () -> new RequestTable<>(0));
        assertThrows(IllegalArgumentException.class, () -> new RequestTable<>(33));
    }
}
