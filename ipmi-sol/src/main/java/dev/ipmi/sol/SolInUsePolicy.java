package dev.ipmi.sol;

/** What {@link SolConsole#open} does when another session already holds the SOL payload. */
public enum SolInUsePolicy {
    /** Fail with {@link SolInUseException} naming the owner; never disturb someone else's console. The default. */
    FAIL_IF_ACTIVE,
    /**
     * Deactivate the other session's instance, check that the BMC really released it, then
     * activate. Refused during the anti-flap cool-down after this JVM lost the same console,
     * unless {@link SolOptions#withForce(boolean) forced}.
     */
    TAKE_OVER
}
