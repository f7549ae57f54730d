package dev.ipmi.core.command;

import dev.ipmi.core.MalformedPacketException;

/**
 * Parameter 0 of every configuration-parameter command (boot options, LAN, SOL, PEF; e.g.
 * IPMI v2.0 table 28-14): the lock that brackets a group of parameter writes, in wire order.
 */
public enum SetInProgress {
    SET_COMPLETE, SET_IN_PROGRESS, COMMIT_WRITE;

    /** The state for bits 1:0; 3 is reserved. */
    public static SetInProgress decode(int bits, String structure) throws MalformedPacketException {
        if ((bits & 3) == 3) {
            throw new MalformedPacketException(structure + ": reserved set-in-progress value 3");
        }
        return values()[bits & 3];
    }
}
