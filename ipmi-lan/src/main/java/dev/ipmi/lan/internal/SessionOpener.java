package dev.ipmi.lan.internal;

import dev.ipmi.core.command.CompletionCodeException;
import dev.ipmi.core.command.session.GetChannelAuthenticationCapabilities;
import dev.ipmi.core.command.session.SetSessionPrivilegeLevel;
import dev.ipmi.core.crypto.CipherSuite;
import dev.ipmi.lan.CipherSuitePolicy;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiAuthenticationException;
import dev.ipmi.lan.IpmiAuthenticationException.Reason;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.lan.IpmiTimeoutException;
import dev.ipmi.lan.IpmiVersion;
import dev.ipmi.lan.RetryPolicy;
import dev.ipmi.lan.SessionOptions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Opens one session: Get Channel Authentication Capabilities, then the IPMI 1.5 handshake, or
 * RMCP+ with cipher suite negotiation (explicit suite, or the offered suites strongest first,
 * each tried through RAKP 4 and Set Session Privilege Level until one works), then the
 * privilege level. Authentication failures stop the search at once — another suite will not
 * make a wrong password right. Selector thread only.
 */
final class SessionOpener {
    private final ClientEngine engine;
    private final Peer peer;
    private final Credentials credentials;
    private final SessionOptions options;
    private final RetryPolicy retry;
    final CompletableFuture<IpmiSession> result = new CompletableFuture<>();
    private final Deque<CipherSuite> candidates = new ArrayDeque<>();
    private final List<String> skipped = new ArrayList<>();
    private Throwable lastFailure;
    private boolean negotiated;
    private int desyncRetries;
    private static final int MAX_DESYNC_RETRIES = 3;

    SessionOpener(ClientEngine engine, Peer peer, Credentials credentials, SessionOptions options) {
        this.engine = engine;
        this.peer = peer;
        this.credentials = credentials;
        this.options = options;
        this.retry = options.retryPolicy() != null ? options.retryPolicy() : engine.defaultRetry();
    }

    void start() {
        boolean v2 = options.version() == IpmiVersion.V2_0;
        engine.sessionless(peer, new GetChannelAuthenticationCapabilities(
                GetChannelAuthenticationCapabilities.CURRENT_CHANNEL, v2, credentials.privilege()), retry)
                .whenComplete((caps, t) -> {
                    if (t != null) {
                        fail(Ipmi15Handshake.unwrap(t));
                    } else if (v2) {
                        startRmcpPlus(caps);
                    } else {
                        Ipmi15Handshake h = new Ipmi15Handshake(engine, peer, credentials, options, retry);
                        h.result.whenComplete((s, e) -> established(s, e, null));
                        h.start(caps);
                    }
                });
    }

    private void startRmcpPlus(GetChannelAuthenticationCapabilities.Response caps) {
        if (!caps.ipmi20ExtendedData() || !caps.supportsIpmi20()) {
            fail(new IpmiAuthenticationException(Reason.ALGORITHM_NOT_SUPPORTED, -1, "BMC " + peer.bmc
                    + " does not support IPMI 2.0 / RMCP+ on this channel; use IPMI 1.5"));
            return;
        }
        CipherSuitePolicy policy = options.cipherSuites();
        if (!policy.isAutomatic()) {
            CipherSuite suite = CipherSuite.byId(policy.explicitSuite()).orElseThrow();
            if (!policy.permits(suite)) {
                fail(refusedSuite(suite));
                return;
            }
            candidates.add(suite);
            tryNext();
            return;
        }
        if (peer.rememberedSuite != null) {
            // What worked last time needs no listing; full negotiation only if it stops working.
            CipherSuite.byId(peer.rememberedSuite).filter(policy::permits).ifPresent(candidates::add);
        }
        if (candidates.isEmpty()) {
            negotiate();
        } else {
            tryNext();
        }
    }

    /** Lists what the BMC offers (if it says) and queues those suites strongest first. */
    private void negotiate() {
        negotiated = true;
        CipherSuitePolicy policy = options.cipherSuites();
        Integer alreadyTried = peer.rememberedSuite;
        engine.offeredSuites(peer, options.channel(), options.suiteProbeTimeout()).whenComplete((offered, t) -> {
            for (int id : CipherSuitePolicy.STRENGTH_ORDER) {
                CipherSuite s = CipherSuite.byId(id).orElseThrow();
                if (alreadyTried != null && alreadyTried == id) {
                    continue;
                }
                if (offered != null && !offered.contains(s)) {
                    skip(s, "not offered by the BMC"); // not worth a round trip
                    continue;
                }
                if (!policy.permits(s)) {
                    skip(s, "not allowed by the cipher suite policy (no authentication)");
                    continue;
                }
                candidates.add(s);
            }
            if (candidates.isEmpty()) {
                fail(new IpmiAuthenticationException(Reason.REFUSED_BY_POLICY, -1, "BMC " + peer.bmc
                        + " offers no cipher suite the policy allows (offered: " + offered + ")"));
                return;
            }
            tryNext();
        });
    }

    private void tryNext() {
        CipherSuite suite = candidates.poll();
        if (suite == null && !negotiated && options.cipherSuites().isAutomatic()) {
            negotiate();
            return;
        }
        if (suite == null) {
            Throwable last = lastFailure;
            String why = String.join("; ", skipped);
            if (last instanceof IpmiAuthenticationException a) {
                fail(new IpmiAuthenticationException(a.reason(), a.statusCode(), "no cipher suite worked with BMC "
                        + peer.bmc + ": " + why));
            } else if (last instanceof IpmiTimeoutException) {
                fail(new IpmiTimeoutException("no cipher suite worked with BMC " + peer.bmc + ": " + why));
            } else {
                fail(last);
            }
            return;
        }
        int sid = engine.newConsoleSessionId();
        RmcpPlusHandshake h = new RmcpPlusHandshake(engine, peer, credentials, options, retry, suite, sid, desyncRetries > 0);
        engine.registerHandshake(h);
        h.result.whenComplete((s, t) -> {
            engine.unregisterHandshake(h);
            established(s, t, suite);
        });
        h.start();
    }

    /** After RAKP 4 or IPMI 1.5 activation: set the privilege level, then the session is open. */
    private void established(LanSession session, Throwable failure, CipherSuite suite) {
        if (failure != null) {
            suiteFailed(suite, Ipmi15Handshake.unwrap(failure));
            return;
        }
        if (suite != null) {
            engine.registerSession(session);
        }
        session.sendInternal(new SetSessionPrivilegeLevel(credentials.privilege()), retry).whenComplete((r, t) -> {
            if (t != null) {
                Throwable cause = Ipmi15Handshake.unwrap(t);
                // Close what we opened; the BMC would otherwise keep the slot until its idle timeout.
                session.beginClose();
                if (cause instanceof CompletionCodeException cce) {
                    fail(new IpmiAuthenticationException(Reason.PRIVILEGE_NOT_ALLOWED, cce.code().value(), "BMC "
                            + peer.bmc + " refused privilege " + credentials.privilege() + " for user "
                            + credentials.userName() + ": " + cce.code()));
                } else {
                    suiteFailed(suite, cause);
                }
                return;
            }
            session.privilegeSet(r.level() != null ? r.level() : credentials.privilege());
            if (suite != null) {
                peer.rememberedSuite = suite.id();
            }
            session.startKeepalive();
            engine.sessionOpened(session);
            engine.complete(result, session);
        });
    }

    private void suiteFailed(CipherSuite suite, Throwable cause) {
        lastFailure = cause;
        if (suite != null && cause instanceof IpmiAuthenticationException a
                && (a.statusCode() == 0x0F || a.statusCode() == 0x02) && desyncRetries < MAX_DESYNC_RETRIES) {
            // RAKP 2 verified, so the password is right. A RAKP 4 "invalid integrity check value"
            // then means the BMC answered a duplicated RAKP 1 with a second random number and
            // checked our RAKP 3 against that one; "invalid session ID" means it already settled
            // the exchange (our retransmitted RAKP 3 after a lost RAKP 4). Start over.
            desyncRetries++;
            candidates.addFirst(suite);
            tryNext();
            return;
        }
        boolean suiteProblem = cause instanceof IpmiTimeoutException
                || cause instanceof IpmiAuthenticationException a && a.reason() == Reason.ALGORITHM_NOT_SUPPORTED;
        if (suite == null || !suiteProblem || !options.cipherSuites().isAutomatic()) {
            fail(cause);
            return;
        }
        skip(suite, cause.getMessage());
        tryNext();
    }

    private void skip(CipherSuite suite, String reason) {
        skipped.add("suite " + suite.id() + ": " + reason);
        engine.suiteSkipped(peer, suite, reason);
    }

    private IpmiAuthenticationException refusedSuite(CipherSuite suite) {
        return new IpmiAuthenticationException(Reason.REFUSED_BY_POLICY, -1, "cipher suite " + suite.id()
                + " has no authentication; allow it explicitly with CipherSuitePolicy.allowingUnauthenticated()");
    }

    private void fail(Throwable t) {
        engine.sessionOpenFailed(peer, t);
        engine.fail(result, t);
    }
}
