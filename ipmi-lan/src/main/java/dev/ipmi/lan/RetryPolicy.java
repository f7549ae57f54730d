package dev.ipmi.lan;

import dev.ipmi.core.command.CompletionCode;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a request is retried. A request is sent, and retransmitted after each per-attempt
 * timeout (growing by {@code backoffMultiplier}, capped at {@code maxAttemptTimeout}) up to
 * {@code attempts} sends in all; an answer with a temporary completion code is re-sent after
 * the same back-off. {@code deadline} bounds the whole call whatever else happens.
 *
 * <p>Commands with side effects (Chassis Control, Set..., Clear...) get
 * {@code sideEffectAttemptTimeout} per attempt, and are only ever retransmitted byte for byte
 * with their original request sequence number, so that a BMC that already executed a late
 * duplicate recognises it; they are re-sent after a temporary code only for codes that mean
 * "not executed" (C0h node busy, D2h initialising).
 *
 * <pre>{@code
 * RetryPolicy p = RetryPolicy.defaults().withAttempts(5).withAttemptTimeout(Duration.ofMillis(500));
 * }</pre>
 *
 * @param attempts                 sends in all, at least 1
 * @param attemptTimeout           wait for an answer to the first send
 * @param backoffMultiplier        growth of the wait for each further send, at least 1
 * @param maxAttemptTimeout        cap of the per-attempt wait
 * @param sideEffectAttemptTimeout per-attempt wait for commands with side effects
 * @param deadline                 bound of the whole call
 * @param temporaryCodes           completion codes that mean "try again later"
 */
public record RetryPolicy(int attempts, Duration attemptTimeout, double backoffMultiplier,
        Duration maxAttemptTimeout, Duration sideEffectAttemptTimeout, Duration deadline,
        Set<CompletionCode> temporaryCodes) {

    private static final Set<CompletionCode> NOT_EXECUTED = Set.of(CompletionCode.NODE_BUSY, CompletionCode.BMC_INITIALIZING);

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be >= 1");
        }
        if (backoffMultiplier < 1) {
            throw new IllegalArgumentException("backoffMultiplier must be >= 1");
        }
        positive(attemptTimeout, "attemptTimeout");
        positive(maxAttemptTimeout, "maxAttemptTimeout");
        positive(sideEffectAttemptTimeout, "sideEffectAttemptTimeout");
        positive(deadline, "deadline");
        temporaryCodes = Set.copyOf(temporaryCodes);
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    /**
     * 4 attempts, 1 s doubling up to 4 s (a lost datagram costs a second, a dead BMC about
     * 11 s), 5 s per attempt for side effects, a 15 s deadline, and C0h, C3h, CEh, D2h as
     * temporary.
     */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(4), Duration.ofSeconds(5),
                Duration.ofSeconds(15), Set.of(CompletionCode.NODE_BUSY, CompletionCode.TIMEOUT,
                        CompletionCode.RESPONSE_UNAVAILABLE, CompletionCode.BMC_INITIALIZING));
    }

    public RetryPolicy withAttempts(int attempts) {
        return new RetryPolicy(attempts, attemptTimeout, backoffMultiplier, maxAttemptTimeout,
                sideEffectAttemptTimeout, deadline, temporaryCodes);
    }

    public RetryPolicy withAttemptTimeout(Duration attemptTimeout) {
        return new RetryPolicy(attempts, attemptTimeout, backoffMultiplier, maxDuration(attemptTimeout, maxAttemptTimeout),
                sideEffectAttemptTimeout, deadline, temporaryCodes);
    }

    public RetryPolicy withBackoff(double multiplier, Duration maxAttemptTimeout) {
        return new RetryPolicy(attempts, attemptTimeout, multiplier, maxAttemptTimeout, sideEffectAttemptTimeout,
                deadline, temporaryCodes);
    }

    public RetryPolicy withSideEffectAttemptTimeout(Duration timeout) {
        return new RetryPolicy(attempts, attemptTimeout, backoffMultiplier, maxAttemptTimeout, timeout, deadline,
                temporaryCodes);
    }

    public RetryPolicy withDeadline(Duration deadline) {
        return new RetryPolicy(attempts, attemptTimeout, backoffMultiplier, maxAttemptTimeout,
                sideEffectAttemptTimeout, deadline, temporaryCodes);
    }

    public RetryPolicy withTemporaryCodes(Set<CompletionCode> codes) {
        return new RetryPolicy(attempts, attemptTimeout, backoffMultiplier, maxAttemptTimeout,
                sideEffectAttemptTimeout, deadline, codes);
    }

    private static Duration maxDuration(Duration a, Duration b) {
        return a.compareTo(b) > 0 ? a : b;
    }

    /** Nanoseconds to wait for an answer to send number {@code attempt} (1-based). */
    public long attemptTimeoutNanos(int attempt, boolean sideEffects) {
        if (sideEffects) {
            return sideEffectAttemptTimeout.toNanos();
        }
        double t = attemptTimeout.toNanos() * Math.pow(backoffMultiplier, attempt - 1);
        return (long) Math.min(t, maxAttemptTimeout.toNanos());
    }

    /** Whether an answer with {@code code} should be re-sent later. */
    public boolean retriesOn(CompletionCode code, boolean sideEffects) {
        return temporaryCodes.contains(code) && (!sideEffects || NOT_EXECUTED.contains(code));
    }

    @Override
    public String toString() {
        return "RetryPolicy[attempts=" + attempts + ", attemptTimeout=" + attemptTimeout + ", backoff="
                + backoffMultiplier + " up to " + maxAttemptTimeout + ", sideEffects=" + sideEffectAttemptTimeout
                + ", deadline=" + deadline + ", temporary=" + temporaryCodes.stream().map(c -> String.format("%02Xh", c.value()))
                        .sorted().collect(Collectors.joining(",")) + "]";
    }
}
