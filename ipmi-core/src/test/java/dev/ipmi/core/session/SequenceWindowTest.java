package dev.ipmi.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SequenceWindowTest {

    private static boolean offer(SequenceWindow w, int seq) {
        if (w.check(seq)) {
            w.accept(seq);
            return true;
        }
        return false;
    }

    @Test
    void acceptsInOrderAndRejectsReplays() {
        SequenceWindow w = SequenceWindow.v20();
        for (int s = 1; s <= 100; s++) {
            assertTrue(offer(w, s), "seq " + s);
            assertFalse(offer(w, s), "replay of " + s);
        }
        assertEquals(100, w.highest());
    }

    @Test
    void zeroIsNeverASessionNumber() {
        SequenceWindow w = SequenceWindow.v20();
        assertFalse(w.check(0));
        offer(w, 5);
        assertFalse(w.check(0));
    }

    @Test
    void reorderedWithinTheWindowIsAcceptedOnce() {
        SequenceWindow w = SequenceWindow.v20();
        assertTrue(offer(w, 10));
        assertTrue(offer(w, 12));
        assertTrue(offer(w, 11));
        assertFalse(offer(w, 11));
        assertTrue(offer(w, 9));
        assertFalse(offer(w, 9));
    }

    @Test
    void enforcesTheSpecLimits() {
        SequenceWindow w = SequenceWindow.v20();
        assertTrue(offer(w, 100));
        assertFalse(w.check(100 + 16), "16 ahead is outside");
        assertTrue(w.check(100 + 15));
        assertFalse(w.check(100 - 17), "17 behind is outside");
        assertTrue(w.check(100 - 16));

        SequenceWindow v15 = SequenceWindow.v15();
        assertTrue(offer(v15, 50));
        assertFalse(v15.check(58));
        assertTrue(v15.check(57));
        assertFalse(v15.check(41));
        assertTrue(v15.check(42));
    }

    @Test
    void followsWrapAround() {
        SequenceWindow w = SequenceWindow.v20();
        assertTrue(offer(w, -2)); // 0xFFFFFFFE
        assertTrue(offer(w, -1));
        assertTrue(offer(w, 1)); // 0 is skipped by senders
        assertFalse(offer(w, -1));
        assertTrue(offer(w, 2));
    }

    @Test
    void checkAloneDoesNotMoveTheWindow() {
        SequenceWindow w = SequenceWindow.v20();
        offer(w, 1);
        assertTrue(w.check(10)); // e.g. a forged datagram that then fails integrity
        assertTrue(offer(w, 2));
        assertEquals(2, w.highest());
    }

    @Test
    void shuffledStreamWithDuplicatesAcceptsEachNumberAtMostOnce() {
        Random r = new Random(7);
        SequenceWindow w = SequenceWindow.v20();
        List<Integer> stream = new ArrayList<>();
        for (int s = 1; s <= 5000; s++) {
            stream.add(s);
            if (r.nextInt(4) == 0) {
                stream.add(s);
            }
        }
        // local shuffles only (a few positions), like a reordering network
        for (int i = 0; i + 4 < stream.size(); i += 4) {
            Collections.shuffle(stream.subList(i, i + 4), r);
        }
        boolean[] seen = new boolean[5001];
        int accepted = 0;
        for (int s : stream) {
            if (offer(w, s)) {
                assertFalse(seen[s], "accepted twice: " + s);
                seen[s] = true;
                accepted++;
            }
        }
        assertEquals(5000, accepted, "every distinct number inside the window gets through once");
    }

    @Test
    void farAheadIsRecognisedSoThatAuthenticatedSessionsCanResynchronise() {
        SequenceWindow w = SequenceWindow.v20();
        assertFalse(w.isFarAhead(500), "nothing is far ahead before the first number");
        offer(w, 100);
        assertFalse(w.isFarAhead(115));
        assertTrue(w.isFarAhead(116));
        assertFalse(w.isFarAhead(90), "behind is not ahead");
        w.accept(400); // after the auth code verified
        assertTrue(offer(w, 401));
        assertFalse(offer(w, 100), "the old numbers are now replays");
    }
}
