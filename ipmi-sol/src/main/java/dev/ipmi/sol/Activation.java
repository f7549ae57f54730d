package dev.ipmi.sol;

import dev.ipmi.core.command.CompletionCode;
import dev.ipmi.core.command.CompletionCodeException;
import dev.ipmi.core.command.payload.ActivatePayload;
import dev.ipmi.core.command.payload.DeactivatePayload;
import dev.ipmi.core.command.payload.PayloadType;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The activation policy (IPMI v2.0 sections 24.1-24.5): ask who holds the payload first; with
 * {@code FAIL_IF_ACTIVE} name the owner and stop; with {@code TAKE_OVER} (outside the cool-down)
 * deactivate the other instance, make sure the BMC really let go, then activate.
 */
final class Activation {
    /** Activate Payload's "payload already active on another session" (24.1); Deactivate's "not active" (24.2). */
    static final CompletionCode ALREADY_ACTIVE = CompletionCode.of(0x80);
    private static final int RELEASE_CHECKS = 10;
    private static final int ACTIVATE_ATTEMPTS = 3;
    private static final int SOL_PROBE_TRIES = 3;
    private static final Duration RELEASE_PAUSE = Duration.ofMillis(200);

    private Activation() {}

    static CompletableFuture<ActivatePayload.Response> activate(SolLink link, SolOptions options) {
        int instance = options.instance();
        return Ownership.holder(link, instance).thenCompose(h -> {
            if (!h.active() || h.isSession(link.bmcSessionId())) {
                return sendActivate(link, options);
            }
            return Ownership.describe(link, h.sessionId()).thenCompose(owner -> {
                if (options.policy() == SolInUsePolicy.FAIL_IF_ACTIVE) {
                    return CompletableFuture.failedFuture(new SolInUseException(
                            "SOL payload instance " + instance + " is active on another session", owner));
                }
                Instant until = CoolDowns.refusedUntil(link.bmcKey(), instance, Instant.now());
                if (until != null && !options.force()) {
                    return CompletableFuture.failedFuture(new SolInUseException("take-over refused until " + until
                            + ": this console was lost recently (anti-flap cool-down; force to override)", owner));
                }
                return deactivate(link, instance)
                        .thenCompose(r -> awaitRelease(link, instance, owner, RELEASE_CHECKS))
                        .thenCompose(v -> sendActivate(link, options));
            });
        });
    }

    /**
     * Deactivate Payload (24.2). "Already deactivated" (80h) counts as done: on a lossy path it is
     * usually the answer to our own retransmission, and the payload is inactive either way.
     */
    static CompletableFuture<Void> deactivate(SolLink link, int instance) {
        return link.send(new DeactivatePayload(PayloadType.SOL, instance)).<Void>thenApply(r -> null)
                .exceptionallyCompose(t -> Ownership.unwrap(t) instanceof CompletionCodeException cc
                        && cc.code().equals(ALREADY_ACTIVE)
                        ? CompletableFuture.completedFuture(null) : CompletableFuture.failedFuture(Ownership.unwrap(t)));
    }

    /** Some BMCs acknowledge Deactivate Payload and keep the payload active: check before activating. */
    private static CompletableFuture<Void> awaitRelease(SolLink link, int instance, SolOwner owner, int checksLeft) {
        return Ownership.holder(link, instance).thenCompose(h -> {
            if (!h.active()) {
                return CompletableFuture.completedFuture(null);
            }
            if (checksLeft <= 1) {
                return CompletableFuture.failedFuture(new SolInUseException("the BMC acknowledged Deactivate Payload"
                        + " but still reports SOL instance " + instance + " active", owner));
            }
            return CompletableFuture.supplyAsync(() -> null,
                    CompletableFuture.delayedExecutor(RELEASE_PAUSE.toMillis(), TimeUnit.MILLISECONDS))
                    .thenCompose(v -> awaitRelease(link, instance, owner, checksLeft - 1));
        });
    }

    private static CompletableFuture<ActivatePayload.Response> sendActivate(SolLink link, SolOptions options) {
        return sendActivate(link, options, ACTIVATE_ATTEMPTS);
    }

    private static CompletableFuture<ActivatePayload.Response> sendActivate(SolLink link, SolOptions options,
            int attemptsLeft) {
        int instance = options.instance();
        return link.send(ActivatePayload.sol(instance, link.encryption(), link.authentication()))
                .exceptionallyCompose(t -> {
                    Throwable c = Ownership.unwrap(t);
                    if (!(c instanceof CompletionCodeException cc && cc.code().equals(ALREADY_ACTIVE))) {
                        return CompletableFuture.failedFuture(c);
                    }
                    return Ownership.holder(link, instance).thenCompose(h -> isOurs(link, options, h).thenCompose(ours -> {
                        if (ours && attemptsLeft > 1) {
                            // Our own Activate went through but its answer was lost and the retransmission
                            // was refused: we hold the payload without knowing its sizes. Start it again.
                            return deactivate(link, instance).thenCompose(r -> sendActivate(link, options, attemptsLeft - 1));
                        }
                        if (!ours && !h.known() && options.policy() == SolInUsePolicy.TAKE_OVER && attemptsLeft > 1) {
                            // A BMC without the status commands only says "active" when we activate.
                            Instant until = CoolDowns.refusedUntil(link.bmcKey(), instance, Instant.now());
                            if (until == null || options.force()) {
                                return deactivate(link, instance)
                                        .thenCompose(r -> sendActivate(link, options, attemptsLeft - 1));
                            }
                        }
                        // Someone activated between our look and our request.
                        return Ownership.describe(link, h.sessionId()).thenCompose(owner -> CompletableFuture
                                .failedFuture(new SolInUseException("the BMC reports SOL instance " + instance
                                        + " already active", owner)));
                    }));
                });
    }

    private static CompletableFuture<Boolean> isOurs(SolLink link, SolOptions options, Ownership.Holder h) {
        return h.known() ? CompletableFuture.completedFuture(h.isSession(link.bmcSessionId())) : answersOurSol(link, options);
    }

    /**
     * Without the status commands, whether the payload that Activate called "already active" is
     * ours: the BMC answers SOL packets only from the session that activated it. One packet
     * without characters (nothing reaches the host), tried a few times.
     */
    private static CompletableFuture<Boolean> answersOurSol(SolLink link, SolOptions options) {
        CompletableFuture<Boolean> answered = new CompletableFuture<>();
        int seq = 1;
        link.execute(() -> {
            link.attach(b -> {
                try {
                    SolPacket p = SolPacket.decode(b);
                    if (p.ackSequence() == seq && !p.status().deactivating()) {
                        answered.complete(true);
                    }
                } catch (dev.ipmi.core.MalformedPacketException e) {
                    // not an answer
                }
            });
            for (int i = 0; i < SOL_PROBE_TRIES; i++) {
                SolTimers.schedule(link, i * options.retryInterval().toNanos(), () -> {
                    if (!answered.isDone()) {
                        link.send(SolPacket.data(seq, new byte[0]));
                    }
                });
            }
            SolTimers.schedule(link, SOL_PROBE_TRIES * options.retryInterval().toNanos(), () -> answered.complete(false));
        });
        return answered.whenComplete((v, t) -> link.execute(() -> link.attach(null)));
    }
}
