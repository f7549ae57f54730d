package dev.ipmi.sol;

import dev.ipmi.core.command.CompletionCodeException;
import dev.ipmi.core.command.payload.GetPayloadActivationStatus;
import dev.ipmi.core.command.payload.GetPayloadInstanceInfo;
import dev.ipmi.core.command.payload.PayloadType;
import dev.ipmi.core.command.session.GetSessionInfo;
import dev.ipmi.core.command.user.GetUserName;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Asks the BMC who holds a SOL instance: Get Payload Instance Info (IPMI v2.0 section 24.5) for
 * the owner's session id, else Get Payload Activation Status (24.4) for "active or not"; then
 * Get Session Info (22.20) and Get User Name (22.29) to describe the owner. A BMC answering a
 * command with a completion code still answered: only timeouts and a lost session fail these futures.
 */
final class Ownership {
    /** What the BMC said. {@code known}: the BMC named the session; {@code supported}: any status command worked. */
    record Holder(boolean supported, boolean known, boolean active, int sessionId) {
        static final Holder UNSUPPORTED = new Holder(false, false, false, 0);

        boolean isSession(int id) {
            return known && active && sessionId == id;
        }
    }

    private Ownership() {}

    static CompletableFuture<Holder> holder(SolLink link, int instance) {
        return link.send(new GetPayloadInstanceInfo(PayloadType.SOL, instance))
                .thenApply(r -> new Holder(true, true, r.active(), r.ownerSessionId()))
                .exceptionallyCompose(t -> {
                    if (!(unwrap(t) instanceof CompletionCodeException)) {
                        return CompletableFuture.failedFuture(unwrap(t));
                    }
                    return link.send(new GetPayloadActivationStatus(PayloadType.SOL))
                            .thenApply(s -> new Holder(true, false, s.isActive(instance), 0))
                            .exceptionallyCompose(t2 -> unwrap(t2) instanceof CompletionCodeException
                                    ? CompletableFuture.completedFuture(Holder.UNSUPPORTED)
                                    : CompletableFuture.failedFuture(unwrap(t2)));
                });
    }

    /** Describes session {@code sessionId} as well as the BMC allows; never fails. */
    static CompletableFuture<SolOwner> describe(SolLink link, int sessionId) {
        if (sessionId == 0) {
            return CompletableFuture.completedFuture(SolOwner.ofSession(0));
        }
        return link.send(GetSessionInfo.bySessionId(sessionId)).thenCompose(info -> {
            GetSessionInfo.Session s = info.session();
            if (s == null) {
                return CompletableFuture.completedFuture(SolOwner.ofSession(sessionId));
            }
            String remote = s.lanPeer() == null ? null : address(s.lanPeer());
            return link.send(new GetUserName(s.userId()))
                    .thenApply(GetUserName.Response::name)
                    .exceptionally(t -> null)
                    .thenApply(name -> new SolOwner(sessionId, s.userId(), name, s.privilege(), s.channel(), remote));
        }).exceptionally(t -> SolOwner.ofSession(sessionId));
    }

    private static String address(GetSessionInfo.LanPeer p) {
        byte[] ip = p.ipAddress().toByteArray();
        return (ip[0] & 0xFF) + "." + (ip[1] & 0xFF) + "." + (ip[2] & 0xFF) + "." + (ip[3] & 0xFF) + ":" + p.port();
    }

    static Throwable unwrap(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
