package dev.ipmi.testkit.sim;

/**
 * What the {@link SimulatedBmc} does when a second session takes the SOL payload
 * (IPMI v2.0 section 24.1 leaves the old owner's fate to the implementation).
 */
public enum SolStealing {
    /**
     * A second Activate Payload gets cc 80h (already active); a Deactivate Payload from any
     * session frees the payload and the old owner is told nothing: its later SOL packets are
     * dropped unanswered. This is what ipmi_sim does.
     */
    SILENT,
    /**
     * Like {@link #SILENT}, but the old owner's next SOL packet is answered with the
     * "SOL deactivating" status bit (with a NACK when it carried data).
     */
    DEACTIVATING_BIT,
    /** A second Activate Payload takes the payload over (the old owner gets the deactivating bit). */
    STEAL_ON_ACTIVATE
}
