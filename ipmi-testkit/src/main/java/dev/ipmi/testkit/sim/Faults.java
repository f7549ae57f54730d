package dev.ipmi.testkit.sim;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Faults the {@link SimulatedBmc} injects, changeable at any time from any thread
 * ({@link SimulatedBmc#faults()}). Fractions are probabilities 0.0..1.0 applied to each
 * datagram independently; everything starts switched off. {@link #reset()} switches all off.
 *
 * <pre>{@code
 * bmc.faults().dropInbound(0.3).duplicateOutbound(0.1);   // lossy link
 * bmc.faults().nodeBusy(true);                             // every command answers C0h
 * }</pre>
 */
public final class Faults {
    private volatile double dropInbound;
    private volatile double dropOutbound;
    private volatile double duplicateOutbound;
    private volatile double reorderOutbound;
    private volatile double corruptOutbound;
    private volatile long delayOutboundNanos;
    private volatile long answerDelayNanos;
    private volatile boolean nodeBusy;
    private volatile boolean zeroRakp2AuthCode;
    private volatile boolean wrongLengthRakp;
    private volatile boolean badChecksums;
    private final SplittableRandom random;

    Faults(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Drop this fraction of datagrams the BMC receives, before looking at them. */
    public Faults dropInbound(double fraction) {
        dropInbound = check(fraction);
        return this;
    }

    /** Drop this fraction of datagrams the BMC sends. */
    public Faults dropOutbound(double fraction) {
        dropOutbound = check(fraction);
        return this;
    }

    /** Send this fraction of outbound datagrams twice. */
    public Faults duplicateOutbound(double fraction) {
        duplicateOutbound = check(fraction);
        return this;
    }

    /** Hold back this fraction of outbound datagrams so that the next one overtakes them. */
    public Faults reorderOutbound(double fraction) {
        reorderOutbound = check(fraction);
        return this;
    }

    /** Flip one random byte in this fraction of outbound datagrams. */
    public Faults corruptOutbound(double fraction) {
        corruptOutbound = check(fraction);
        return this;
    }

    /** Delay every outbound datagram by this much on the wire. */
    public Faults delayOutbound(Duration delay) {
        delayOutboundNanos = delay.toNanos();
        return this;
    }

    /** Answer IPMI commands only after this long (a slow BMC; handshakes are not delayed). */
    public Faults answerDelay(Duration delay) {
        answerDelayNanos = delay.toNanos();
        return this;
    }

    /** Answer every in-session IPMI command with completion code C0h (node busy). */
    public Faults nodeBusy(boolean on) {
        nodeBusy = on;
        return this;
    }

    /** Send RAKP 2 with an all-zero key exchange authentication code. */
    public Faults zeroRakp2AuthCode(boolean on) {
        zeroRakp2AuthCode = on;
        return this;
    }

    /** Send RAKP 2 and RAKP 4 one byte short. */
    public Faults wrongLengthRakp(boolean on) {
        wrongLengthRakp = on;
        return this;
    }

    /** Send IPMI responses with a wrong second checksum. */
    public Faults badChecksums(boolean on) {
        badChecksums = on;
        return this;
    }

    /** Switches every fault off. */
    public Faults reset() {
        dropInbound = dropOutbound = duplicateOutbound = reorderOutbound = corruptOutbound = 0;
        delayOutboundNanos = answerDelayNanos = 0;
        nodeBusy = zeroRakp2AuthCode = wrongLengthRakp = badChecksums = false;
        return this;
    }

    private static double check(double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be 0..1: " + fraction);
        }
        return fraction;
    }

    // Read by the BMC's selector thread only (the random source is not shared).
    boolean roll(double fraction) {
        return fraction > 0 && random.nextDouble() < fraction;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    double dropInbound() {
        return dropInbound;
    }

    double dropOutbound() {
        return dropOutbound;
    }

    double duplicateOutbound() {
        return duplicateOutbound;
    }

    double reorderOutbound() {
        return reorderOutbound;
    }

    double corruptOutbound() {
        return corruptOutbound;
    }

    long delayOutboundNanos() {
        return delayOutboundNanos;
    }

    long answerDelayNanos() {
        return answerDelayNanos;
    }

    boolean nodeBusy() {
        return nodeBusy;
    }

    boolean zeroRakp2AuthCode() {
        return zeroRakp2AuthCode;
    }

    boolean wrongLengthRakp() {
        return wrongLengthRakp;
    }

    boolean badChecksums() {
        return badChecksums;
    }
}
