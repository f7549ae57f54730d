package dev.ipmi.lan.internal;

import dev.ipmi.core.command.CompletionCodeException;
import dev.ipmi.core.command.Octets;
import dev.ipmi.core.command.session.ActivateSession;
import dev.ipmi.core.command.session.GetChannelAuthenticationCapabilities;
import dev.ipmi.core.command.session.GetSessionChallenge;
import dev.ipmi.core.crypto.Ipmi15AuthCode;
import dev.ipmi.core.crypto.UnsupportedAlgorithmException;
import dev.ipmi.core.session.Ipmi15Codec;
import dev.ipmi.core.wire.AuthType;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiAuthenticationException;
import dev.ipmi.lan.IpmiAuthenticationException.Reason;
import dev.ipmi.lan.IpmiSessionLimitException;
import dev.ipmi.lan.IpmiTimeoutException;
import dev.ipmi.lan.RetryPolicy;
import dev.ipmi.lan.SessionOptions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * IPMI 1.5 session establishment (IPMI v2.0 section 6.12.4, 22.15-22.17): pick the auth type
 * from Get Channel Authentication Capabilities, Get Session Challenge, then Activate Session
 * sent with the temporary session id and sequence 0, authenticated with the password. The
 * result is an activated {@link LanSession}, not yet at its privilege level. Selector thread.
 */
final class Ipmi15Handshake {
    /** Strongest first; NONE only when the caller asks for it. */
    private static final List<AuthType> PREFERENCE = List.of(AuthType.MD5, AuthType.MD2, AuthType.PASSWORD);

    private final ClientEngine engine;
    private final Peer peer;
    private final Credentials credentials;
    private final SessionOptions options;
    private final RetryPolicy retry;
    final CompletableFuture<LanSession> result = new CompletableFuture<>();

    Ipmi15Handshake(ClientEngine engine, Peer peer, Credentials credentials, SessionOptions options, RetryPolicy retry) {
        this.engine = engine;
        this.peer = peer;
        this.credentials = credentials;
        this.options = options;
        this.retry = retry;
    }

    void start(GetChannelAuthenticationCapabilities.Response caps) {
        AuthType type = choose(caps);
        if (type == null) {
            return;
        }
        byte[] password = credentials.password();
        if (password.length > Ipmi15AuthCode.MAX_PASSWORD_LENGTH) {
            Arrays.fill(password, (byte) 0);
            result.completeExceptionally(new IpmiAuthenticationException(Reason.REFUSED_BY_POLICY, -1,
                    "IPMI 1.5 passwords are at most 16 bytes; this one needs IPMI 2.0"));
            return;
        }
        Ipmi15AuthCode auth;
        try {
            auth = Ipmi15AuthCode.create(type, password, engine.crypto());
        } catch (UnsupportedAlgorithmException e) {
            result.completeExceptionally(e);
            return;
        } finally {
            Arrays.fill(password, (byte) 0);
        }
        engine.sessionless(peer, new GetSessionChallenge(type, credentials.userName()), retry)
                .whenComplete((challenge, t) -> {
                    if (t != null) {
                        auth.close();
                        result.completeExceptionally(challengeFailure(unwrap(t)));
                    } else {
                        activate(type, auth, challenge, caps.perMessageAuthDisabled());
                    }
                });
    }

    private AuthType choose(GetChannelAuthenticationCapabilities.Response caps) {
        AuthType wanted = options.authType();
        if (wanted != null) {
            if (!caps.authTypes().contains(wanted)) {
                result.completeExceptionally(new IpmiAuthenticationException(Reason.ALGORITHM_NOT_SUPPORTED, -1,
                        "BMC " + peer.bmc + " does not offer IPMI 1.5 auth type " + wanted + " (offers " + caps.authTypes() + ")"));
                return null;
            }
            return wanted;
        }
        for (AuthType t : PREFERENCE) {
            if (caps.authTypes().contains(t)) {
                return t;
            }
        }
        result.completeExceptionally(new IpmiAuthenticationException(Reason.REFUSED_BY_POLICY, -1, "BMC " + peer.bmc
                + " offers only " + caps.authTypes() + " for IPMI 1.5; auth type NONE must be asked for explicitly"));
        return null;
    }

    private void activate(AuthType type, Ipmi15AuthCode auth, GetSessionChallenge.Response challenge,
            boolean perMessageAuthDisabled) {
        int tempId = challenge.temporarySessionId();
        int ourFirstInbound = nonZero(engine.random().nextInt());
        LanSession session = new LanSession(engine, peer, options, retry, engine.window(), null, type, 0, tempId,
                SessionFraming.ipmi15(new Ipmi15Codec(tempId, auth, false)), 0, auth::close);
        session.markActivating();
        engine.registerV15(peer, tempId, session);
        session.sendInternal(new ActivateSession(type, credentials.privilege(), challenge.challenge(), ourFirstInbound),
                retry).whenComplete((r, t) -> {
                    engine.unregisterV15(peer, tempId, session);
                    if (t != null) {
                        session.abandon();
                        result.completeExceptionally(activationFailure(unwrap(t)));
                        return;
                    }
                    session.activated(r.sessionId(), SessionFraming.ipmi15(
                            new Ipmi15Codec(r.sessionId(), auth, perMessageAuthDisabled)), r.initialInboundSequence());
                    engine.registerV15(peer, r.sessionId(), session);
                    result.complete(session);
                });
    }

    private Throwable challengeFailure(Throwable t) {
        if (t instanceof CompletionCodeException cce) {
            int code = cce.code().value();
            return switch (code) {
                case 0x81, 0x82 -> new IpmiAuthenticationException(Reason.UNKNOWN_USER, code, "BMC " + peer.bmc
                        + " does not know user " + credentials.userName() + " (Get Session Challenge " + cce.code() + ")");
                case 0xC4 -> new IpmiSessionLimitException("BMC " + peer.bmc + " has no free session slot (Get Session Challenge "
                        + cce.code() + ")");
                default -> cce;
            };
        }
        return t;
    }

    private Throwable activationFailure(Throwable t) {
        if (t instanceof CompletionCodeException cce) {
            int code = cce.code().value();
            return switch (code) {
                case 0x86 -> new IpmiAuthenticationException(Reason.PRIVILEGE_NOT_ALLOWED, code, "BMC " + peer.bmc
                        + " refused privilege " + credentials.privilege() + " for user " + credentials.userName());
                case 0x81, 0x82, 0x83, 0x84 -> new IpmiSessionLimitException("BMC " + peer.bmc
                        + " could not activate the session: " + cce.code());
                default -> cce;
            };
        }
        if (t instanceof IpmiTimeoutException) {
            // BMCs drop an Activate Session whose auth code is wrong instead of answering it.
            return new IpmiAuthenticationException(Reason.WRONG_PASSWORD_OR_KG, -1, "BMC " + peer.bmc
                    + " did not answer Activate Session for user " + credentials.userName()
                    + ": most likely a wrong password (" + t.getMessage() + ")");
        }
        return t;
    }

    static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    private static int nonZero(int v) {
        return v == 0 ? 1 : v;
    }
}
