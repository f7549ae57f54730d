package dev.ipmi.sol;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link SolConsole} activates and watches its payload. Immutable; start from
 * {@link #defaults()} and change what you need.
 *
 * <p>Payload protection is not an option: Activate Payload always asks for encrypted and
 * authenticated SOL packets as far as the session's cipher suite provides them, which also
 * satisfies a BMC whose SOL configuration forces encryption or authentication (SOL parameter 2). The session drops unauthenticated packets on an integrity-protected session, so
 * asking for less would only lose the console's input.
 *
 * <pre>{@code
 * SolOptions o = SolOptions.defaults().withProbeInterval(Duration.ofSeconds(2)).withPolicy(SolInUsePolicy.TAKE_OVER);
 * }</pre>
 *
 * @param instance       SOL payload instance, 1-15 (almost every BMC has only 1)
 * @param policy         what to do when another session holds the payload
 * @param force          let {@link SolInUsePolicy#TAKE_OVER} ignore the anti-flap cool-down
 * @param probeInterval  how often the ownership probe runs (jittered by up to ±20%); zero disables it
 * @param retryCount     how many times an unanswered SOL packet is sent again (IPMI v2.0 section 26.3 parameter 4)
 * @param retryInterval  how long to wait for the BMC's ACK before sending again
 * @param coolDown       after a lost console, how long {@code TAKE_OVER} of it is refused without force
 * @param receiveBuffer  host output held while the application requests none, before the console NACKs the BMC
 */
public record SolOptions(int instance, SolInUsePolicy policy, boolean force, Duration probeInterval, int retryCount,
        Duration retryInterval, Duration coolDown, int receiveBuffer) {

    public SolOptions {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(probeInterval, "probeInterval");
        Objects.requireNonNull(retryInterval, "retryInterval");
        Objects.requireNonNull(coolDown, "coolDown");
        if (instance < 1 || instance > 15) {
            throw new IllegalArgumentException("payload instance is 1-15: " + instance);
        }
        if (retryCount < 0 || retryCount > 15) {
            throw new IllegalArgumentException("retry count is 0-15: " + retryCount);
        }
        if (probeInterval.isNegative() || retryInterval.isNegative() || retryInterval.isZero() || coolDown.isNegative()) {
            throw new IllegalArgumentException("durations must be positive");
        }
        if (receiveBuffer < 256) {
            throw new IllegalArgumentException("receive buffer below 256 bytes: " + receiveBuffer);
        }
    }

    /** Instance 1, {@code FAIL_IF_ACTIVE}, probe every 3 s, 7 retries at 500 ms, 60 s cool-down, 64 KiB buffer. */
    public static SolOptions defaults() {
        return new SolOptions(1, SolInUsePolicy.FAIL_IF_ACTIVE, false, Duration.ofSeconds(3), 7,
                Duration.ofMillis(500), Duration.ofSeconds(60), 64 * 1024);
    }

    public SolOptions withInstance(int i) {
        return new SolOptions(i, policy, force, probeInterval, retryCount, retryInterval, coolDown, receiveBuffer);
    }

    public SolOptions withPolicy(SolInUsePolicy p) {
        return new SolOptions(instance, p, force, probeInterval, retryCount, retryInterval, coolDown, receiveBuffer);
    }

    public SolOptions withForce(boolean f) {
        return new SolOptions(instance, policy, f, probeInterval, retryCount, retryInterval, coolDown, receiveBuffer);
    }

    public SolOptions withProbeInterval(Duration d) {
        return new SolOptions(instance, policy, force, d, retryCount, retryInterval, coolDown, receiveBuffer);
    }

    public SolOptions withRetries(int count, Duration interval) {
        return new SolOptions(instance, policy, force, probeInterval, count, interval, coolDown, receiveBuffer);
    }

    public SolOptions withCoolDown(Duration d) {
        return new SolOptions(instance, policy, force, probeInterval, retryCount, retryInterval, d, receiveBuffer);
    }

    public SolOptions withReceiveBuffer(int bytes) {
        return new SolOptions(instance, policy, force, probeInterval, retryCount, retryInterval, coolDown, bytes);
    }
}
