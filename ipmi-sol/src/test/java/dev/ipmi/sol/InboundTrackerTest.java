package dev.ipmi.sol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InboundTrackerTest {

    /** After packet {@code last} ({@code accepted} characters taken), what packet {@code seq} of {@code length} brings. */
    @ParameterizedTest(name = "[{index}] last {0} ({1} taken), then {2} with {3}")
    @CsvSource({
        // last, accepted, seq, length, stale, already, new
        "0,  0,  1,  10, false, 0,  10",  // first packet
        "3,  10, 4,  10, false, 0,  10",  // next packet
        "3,  10, 3,  10, false, 10, 0",   // plain retransmission: nothing new
        "3,  10, 3,  14, false, 10, 4",   // characters appended: the last 4 are new
        "3,  0,  3,  10, false, 0,  10",  // we NACKed it, taking nothing: all 10 are new
        "3,  10, 3,  6,  false, 10, 0",   // an older, shorter copy brings nothing new; the ACK keeps the count
        "3,  10, 2,  10, true,  0,  10",  // late copy of the previous packet
        "1,  10, 15, 10, true,  0,  10",  // late copy across the wrap
        "3,  10, 11, 10, true,  0,  10",  // seven behind: stale
        "3,  10, 10, 10, false, 0,  10",  // eight behind = seven ahead: new
        "15, 10, 1,  10, false, 0,  10",  // wrap: 15 is followed by 1
    })
    void table(int last, int accepted, int seq, int length, boolean stale, int already, int fresh) {
        InboundTracker t = new InboundTracker();
        if (last != 0) {
            t.accepted(last, accepted);
        }
        assertEquals(stale, t.stale(seq));
        assertEquals(already, t.alreadyAccepted(seq));
        assertEquals(fresh, t.newCharacters(seq, length));
    }
}
