package dev.ipmi.sol;

/**
 * De-duplicates the BMC's packets (IPMI v2.0 section 15.9): a packet with the sequence number
 * just seen is a retransmission, possibly with characters appended, so only the characters past
 * what we already accepted of it are new. A different number starts afresh.
 */
final class InboundTracker {
    private int lastSequence;
    private int accepted;

    /** How many leading characters of packet {@code sequence} (of {@code length}) were delivered before. */
    int alreadyAccepted(int sequence, int length) {
        return sequence == lastSequence ? Math.min(accepted, length) : 0;
    }

    /** Records that {@code total} characters of packet {@code sequence} are now accepted. */
    void accepted(int sequence, int total) {
        lastSequence = sequence;
        accepted = total;
    }

    int lastSequence() {
        return lastSequence;
    }

    int lastAccepted() {
        return accepted;
    }
}
