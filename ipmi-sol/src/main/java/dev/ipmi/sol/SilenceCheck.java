package dev.ipmi.sol;

import dev.ipmi.core.command.CompletionCodeException;
import dev.ipmi.core.command.app.GetDeviceId;
import java.util.concurrent.CompletableFuture;

/**
 * Tells a silent steal from a lossy path when the BMC has no payload status commands (IPMI v2.0
 * sections 24.4-24.5 answered with a completion code). A BMC handles a session's datagrams in the
 * order they arrive, so when it answers an IPMI request sent right behind a SOL packet yet never
 * acknowledges that packet, its SOL side no longer listens to us: the silent BMC's steal, where
 * the robbed session's SOL packets are dropped while its commands are still answered.
 *
 * <p>One unacknowledged copy may just be a lost datagram, so the check runs in rounds. A round
 * sends the packet again, each copy followed by Get Device ID, and ends when every request has
 * settled. After {@code COPIES_PER_ROUND.length} rounds in which the BMC answered requests but
 * acknowledged no copy, the verdict is "silent". Losing all 17 copies or their ACKs by chance at
 * 20% loss each way has odds of about 0.36^17, or 3 in 10^8; on a clean path the verdict takes
 * three round trips. An ACK (or NACK) settles the packet and {@link #cancel()}s the check.
 */
final class SilenceCheck {
    private static final int[] COPIES_PER_ROUND = {1, 8, 8};

    /** How a check that was not cancelled ends; called on the loop. */
    interface Verdict {
        /** The BMC answered commands through every round and acknowledged no copy. */
        void silent();

        /** No command of a round was answered: the session itself is in trouble, not SOL. */
        void unanswered();
    }

    private final SolLink link;
    private final Runnable resend;
    private final Verdict verdict;
    private int round;
    private boolean over;

    /** {@code resend} sends the packet under test once more; all of it runs on the link's loop. */
    SilenceCheck(SolLink link, Runnable resend, Verdict verdict) {
        this.link = link;
        this.resend = resend;
        this.verdict = verdict;
    }

    void start() {
        nextRound();
    }

    /** The packet was answered, or the console ended: no verdict. Loop. */
    void cancel() {
        over = true;
    }

    private void nextRound() {
        int copies = COPIES_PER_ROUND[round];
        CompletableFuture<?>[] answered = new CompletableFuture<?>[copies];
        for (int i = 0; i < copies; i++) {
            resend.run();
            // A completion code is an answer too: the BMC read the request.
            answered[i] = link.send(new GetDeviceId()).handle((r, t) -> t == null
                    || Ownership.unwrap(t) instanceof CompletionCodeException);
        }
        CompletableFuture.allOf(answered).whenComplete((v, t) -> link.execute(() -> settle(answered)));
    }

    private void settle(CompletableFuture<?>[] answered) {
        if (over) {
            return;
        }
        boolean any = false;
        for (CompletableFuture<?> a : answered) {
            any |= Boolean.TRUE.equals(a.join());
        }
        if (!any) {
            over = true;
            verdict.unanswered();
            return;
        }
        if (++round == COPIES_PER_ROUND.length) {
            over = true;
            verdict.silent();
            return;
        }
        nextRound();
    }
}
