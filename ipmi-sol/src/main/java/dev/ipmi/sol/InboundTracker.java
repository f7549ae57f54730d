package dev.ipmi.sol;

/**
 * De-duplicates the BMC's packets (IPMI v2.0 section 15.9): a packet with the sequence number
 * just seen is a retransmission, so only the characters past what we already accepted of it are
 * new — including characters the BMC appended to it since the first copy, as ipmi_sim does. A
 * different number starts afresh, unless it is a late copy of an older packet.
 */
final class InboundTracker {
    private int lastSequence;
    private int accepted;

    /**
     * Whether {@code sequence} is one of the seven numbers before the last: a copy of an old packet
     * that a reordering path delivered late. The BMC only moves forward, so it cannot be new.
     */
    boolean stale(int sequence) {
        if (lastSequence == 0 || sequence == lastSequence) {
            return false;
        }
        int behind = Math.floorMod((lastSequence - 1) - (sequence - 1), 15);
        return behind >= 1 && behind <= 7;
    }

    /**
     * How many leading characters of packet {@code sequence} were delivered before. A copy shorter
     * than that (an older copy, reordered behind a longer one) brings nothing new, and its ACK
     * still names the whole count: the BMC reads the count against its longest copy.
     */
    int alreadyAccepted(int sequence) {
        return sequence == lastSequence ? accepted : 0;
    }

    /** How many characters of packet {@code sequence} (of {@code length}) were not delivered before: those past {@link #alreadyAccepted}. */
    int newCharacters(int sequence, int length) {
        return Math.max(0, length - alreadyAccepted(sequence));
    }

    /** Records that {@code total} leading characters of packet {@code sequence} are now accepted. */
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
