package dev.ipmi.sol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InboundTrackerTest {

    /** After packet {@code last} (of {@code lastLength}, {@code accepted} taken), what packet {@code seq} of {@code length} brings. */
    @ParameterizedTest(name = "[{index}] last {0} ({1} of {2}), then {3} with {4}")
    @CsvSource({
        // last, accepted, lastLength, seq, length, stale, already, acceptable
        "0,  0,  0,  1,  10, false, 0,  10",  // first packet
        "3,  10, 10, 4,  10, false, 0,  10",  // next packet
        "3,  10, 10, 3,  10, false, 10, 10",  // plain retransmission: nothing new
        "3,  10, 10, 3,  14, false, 10, 10",  // characters appended: declined (they come again under a new number)
        "3,  4,  10, 3,  10, false, 4,  10",  // we took 4 (NACK): the other 6 are new
        "3,  4,  10, 3,  14, false, 4,  10",  // ... and appended ones still wait
        "3,  10, 10, 2,  10, true,  0,  10",  // late copy of the previous packet
        "1,  10, 10, 15, 10, true,  0,  10",  // late copy across the wrap
        "3,  10, 10, 11, 10, true,  0,  10",  // seven behind: stale
        "3,  10, 10, 10, 10, false, 0,  10",  // eight behind = seven ahead: new
        "15, 10, 10, 1,  10, false, 0,  10",  // wrap: 15 is followed by 1
    })
    void table(int last, int accepted, int lastLength, int seq, int length, boolean stale, int already, int acceptable) {
        InboundTracker t = new InboundTracker();
        if (last != 0) {
            t.accepted(last, accepted, lastLength);
        }
        assertEquals(stale, t.stale(seq));
        assertEquals(already, t.alreadyAccepted(seq, length));
        assertEquals(acceptable, t.acceptable(seq, length));
    }
}
