package dev.ipmi.sol;

/**
 * De-duplicates the BMC's packets (IPMI v2.0 section 15.9): a packet with the sequence number
 * just seen is a retransmission, so only the characters past what we already accepted of it are
 * new. A different number starts afresh, unless it is a late copy of an older packet.
 *
 * <p>A retransmission may carry characters appended since the first copy. Those are not
 * accepted under the old number (the ACK says how many were): if our first ACK only arrived late,
 * the BMC has already moved on and sends them again in its next packet, so taking them here would
 * deliver them twice. Declining them costs one packet and never loses or repeats a byte.
 */
final class InboundTracker {
    private int lastSequence;
    private int accepted;
    private int firstLength;

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

    /** How many leading characters of packet {@code sequence} (of {@code length}) were delivered before. */
    int alreadyAccepted(int sequence, int length) {
        return sequence == lastSequence ? Math.min(accepted, length) : 0;
    }

    /** How many characters of packet {@code sequence} (of {@code length}) may be accepted at most. */
    int acceptable(int sequence, int length) {
        return sequence == lastSequence ? Math.min(length, firstLength) : length;
    }

    /** Records that {@code total} characters of packet {@code sequence} (of {@code length}) are now accepted. */
    void accepted(int sequence, int total, int length) {
        if (sequence != lastSequence) {
            firstLength = length;
        }
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
