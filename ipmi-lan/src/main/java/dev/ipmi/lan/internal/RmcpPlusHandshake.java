package dev.ipmi.lan.internal;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.crypto.CipherSuite;
import dev.ipmi.core.crypto.Confidentiality;
import dev.ipmi.core.crypto.Integrity;
import dev.ipmi.core.crypto.RakpMath;
import dev.ipmi.core.crypto.RakpRole;
import dev.ipmi.core.crypto.SessionKeys;
import dev.ipmi.core.crypto.UnsupportedAlgorithmException;
import dev.ipmi.core.session.RmcpPlusCodec;
import dev.ipmi.core.wire.OpenSessionRequest;
import dev.ipmi.core.wire.OpenSessionResponse;
import dev.ipmi.core.wire.Rakp1;
import dev.ipmi.core.wire.Rakp2;
import dev.ipmi.core.wire.Rakp3;
import dev.ipmi.core.wire.Rakp4;
import dev.ipmi.core.wire.RmcpPlusStatus;
import dev.ipmi.core.wire.SecurityAlgorithms;
import dev.ipmi.core.wire.AuthType;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.DropReason;
import dev.ipmi.lan.IpmiAuthenticationException;
import dev.ipmi.lan.IpmiAuthenticationException.Reason;
import dev.ipmi.lan.IpmiSessionLimitException;
import dev.ipmi.lan.IpmiTimeoutException;
import dev.ipmi.lan.RetryPolicy;
import dev.ipmi.lan.SessionOptions;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * RMCP+ session establishment with one cipher suite (IPMI v2.0 sections 13.17-13.23, 13.31):
 * Open Session, RAKP 1/2 (the BMC proves it knows the password: checked in constant time, and
 * on a mismatch nothing further is sent), RAKP 3/4 (we prove it, the BMC confirms the session
 * key). Each message is retransmitted unchanged on timeout. The result is an established
 * {@link LanSession}, not yet at its privilege level. Selector thread only.
 */
final class RmcpPlusHandshake {
    private enum Step { OPEN_SESSION, RAKP_1, RAKP_3, DONE }

    private final ClientEngine engine;
    private final Peer peer;
    private final Credentials credentials;
    private final SessionOptions options;
    private final RetryPolicy retry;
    private final CipherSuite suite;
    final int consoleSessionId;
    final CompletableFuture<LanSession> result = new CompletableFuture<>();

    private final byte[] kuid;
    private final byte[] userName;
    private final RakpRole role;
    private final byte[] rm = new byte[Rakp1.RANDOM_LENGTH];
    private final long startNanos = System.nanoTime();
    private Step step = Step.OPEN_SESSION;
    private int bmcSessionId;
    private SessionKeys keys;
    private byte[] sik;
    private byte[] bmcGuid;
    /** Non-zero on a retry after a desynchronised exchange: how long to collect RAKP 2 duplicates. */
    private final long settleNanos;
    private Rakp2 settled;
    private byte[] lastMessage;
    private int lastPayloadType;
    private int attempt;
    private Timer timer;

    RmcpPlusHandshake(ClientEngine engine, Peer peer, Credentials credentials, SessionOptions options,
            RetryPolicy retry, CipherSuite suite, int consoleSessionId, boolean settleRakp2) {
        this.settleNanos = settleRakp2 ? java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(50) : 0;
        this.engine = engine;
        this.peer = peer;
        this.credentials = credentials;
        this.options = options;
        this.retry = retry;
        this.suite = suite;
        this.consoleSessionId = consoleSessionId;
        byte[] pw = credentials.password();
        this.kuid = RakpMath.kuid(pw);
        Arrays.fill(pw, (byte) 0);
        this.userName = credentials.userName().getBytes(StandardCharsets.ISO_8859_1);
        this.role = new RakpRole(credentials.privilege(), credentials.nameOnlyLookup());
    }

    InetSocketAddress peerAddress() {
        return peer.address;
    }

    void start() {
        // Requested maximum privilege 0 = "the highest the user may have", as ipmitool asks;
        // the level actually used is the RAKP 1 role and Set Session Privilege Level.
        OpenSessionRequest req = new OpenSessionRequest(0, null, consoleSessionId, SecurityAlgorithms.of(suite));
        ByteBuffer b = ByteBuffer.allocate(req.encodedLength());
        req.encode(b);
        send(0x10, b.array());
    }

    private void send(int payloadType, byte[] payload) {
        lastPayloadType = payloadType;
        lastMessage = payload;
        attempt = 0;
        transmit();
    }

    private void transmit() {
        attempt++;
        if (lastPayloadType == 0x12) {
            // Each RAKP 1 makes the BMC draw a new random number, so only the RAKP 2 answering
            // the latest copy matches the BMC's state: a fresh message tag per copy tells them apart.
            lastMessage[0] = (byte) attempt;
        }
        ByteBuffer out = engine.datagramBuffer();
        RmcpPlusCodec.encodeSessionless(lastPayloadType, ByteBuffer.wrap(lastMessage), out);
        out.flip();
        engine.transport.send(peer.address, out);
        if (timer != null) {
            timer.cancel();
        }
        timer = engine.transport.schedule(retry.attemptTimeoutNanos(attempt, false), this::onTimeout);
    }

    private void onTimeout() {
        if (step == Step.DONE) {
            return;
        }
        if (attempt < retry.attempts() && System.nanoTime() - startNanos < retry.deadline().toNanos()) {
            transmit();
            return;
        }
        String what = switch (step) {
            case OPEN_SESSION -> "Open Session Request";
            case RAKP_1 -> "RAKP message 1";
            default -> "RAKP message 3";
        };
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        fail(new IpmiTimeoutException("BMC " + peer.bmc + " did not answer " + what + " (cipher suite " + suite.id()
                + ") within " + RequestPipe.formatMillis(ms) + " (" + attempt + " tries)"));
    }

    /** An Open Session Response or RAKP 2 / 4 for our console session id. */
    void onMessage(InetSocketAddress from, int payloadType, ByteBuffer payload) {
        if (step == Step.DONE) {
            return;
        }
        try {
            switch (payloadType) {
                case 0x11 -> {
                    if (step == Step.OPEN_SESSION) {
                        onOpenSessionResponse(OpenSessionResponse.decode(payload));
                    }
                }
                case 0x13 -> {
                    if (step == Step.RAKP_1) {
                        onRakp2(Rakp2.decode(payload));
                    }
                }
                case 0x15 -> {
                    if (step == Step.RAKP_3) {
                        onRakp4(Rakp4.decode(payload));
                    }
                }
                default -> engine.dropped(from, DropReason.UNEXPECTED_TYPE, "payload type " + payloadType);
            }
        } catch (MalformedPacketException e) {
            engine.dropped(from, DropReason.MALFORMED, e.getMessage());
        } catch (UnsupportedAlgorithmException e) {
            fail(e);
        }
    }

    private void onOpenSessionResponse(OpenSessionResponse r) {
        if (!r.status().isOk()) {
            fail(statusFailure("Open Session", r.status()));
            return;
        }
        if (r.algorithms() == null || !r.algorithms().equals(SecurityAlgorithms.of(suite))) {
            fail(new IpmiAuthenticationException(Reason.ALGORITHM_NOT_SUPPORTED, -1, "BMC " + peer.bmc
                    + " answered Open Session for cipher suite " + suite.id() + " with other algorithms: " + r.algorithms()));
            return;
        }
        bmcSessionId = r.bmcSessionId();
        engine.random().nextBytes(rm);
        Rakp1 m = new Rakp1(0, bmcSessionId, rm, role.nameOnlyLookup(), role.privilege(), credentials.userName());
        ByteBuffer b = ByteBuffer.allocate(m.encodedLength());
        m.encode(b);
        step = Step.RAKP_1;
        send(0x12, b.array());
    }

    private void onRakp2(Rakp2 r) throws UnsupportedAlgorithmException {
        if (r.consoleSessionId() != consoleSessionId && r.consoleSessionId() != 0) {
            return;
        }
        if (r.tag() >= 1 && r.tag() < attempt) {
            // Answers an earlier copy of RAKP 1, whose BMC random number is no longer current. (A
            // tag we never sent means a BMC that does not echo tags: nothing to tell apart then.)
            return;
        }
        if (!r.status().isOk()) {
            fail(statusFailure("RAKP 2", r.status()));
            return;
        }
        byte[] expected = RakpMath.rakp2AuthCode(suite.authentication(), kuid, consoleSessionId, bmcSessionId, rm,
                r.bmcRandom(), r.bmcGuid(), role, userName, engine.crypto());
        if (!RakpMath.constantTimeEquals(expected, r.keyExchangeAuthCode())) {
            // Say nothing more to this BMC: a RAKP 3 would only help an impostor guess further.
            fail(new IpmiAuthenticationException(Reason.WRONG_PASSWORD_OR_KG, -1,
                    "wrong password or Kg for user " + credentials.userName() + " on BMC " + peer.bmc));
            return;
        }
        if (settleNanos == 0) {
            answerRakp2(r);
            return;
        }
        // A retry after a desynchronised exchange: a duplicated RAKP 1 may bring several RAKP 2s
        // with different random numbers, and the BMC keeps the last. Answer the last one to arrive
        // within a short settling time.
        boolean first = settled == null;
        settled = r;
        if (first) {
            timer.cancel();
            timer = engine.transport.schedule(settleNanos, () -> {
                try {
                    answerRakp2(settled);
                } catch (UnsupportedAlgorithmException e) {
                    fail(e);
                }
            });
        }
    }

    /** Derives the session keys from a verified RAKP 2 and sends RAKP 3. */
    private void answerRakp2(Rakp2 r) throws UnsupportedAlgorithmException {
        if (step != Step.RAKP_1) {
            return;
        }
        byte[] kg = credentials.kg();
        keys = RakpMath.sessionKeys(suite.authentication(), kg == null ? null : RakpMath.kuid(kg), kuid, rm,
                r.bmcRandom(), role, userName, engine.crypto());
        if (kg != null) {
            Arrays.fill(kg, (byte) 0);
        }
        this.sik = keys.sik();
        this.bmcGuid = r.bmcGuid();
        byte[] code = RakpMath.rakp3AuthCode(suite.authentication(), kuid, r.bmcRandom(), consoleSessionId, role,
                userName, engine.crypto());
        Rakp3 m = new Rakp3(0, RmcpPlusStatus.NO_ERRORS, bmcSessionId, code);
        ByteBuffer b = ByteBuffer.allocate(m.encodedLength());
        m.encode(b);
        step = Step.RAKP_3;
        send(0x14, b.array());
    }

    private void onRakp4(Rakp4 r) throws UnsupportedAlgorithmException {
        if (r.consoleSessionId() != consoleSessionId && r.consoleSessionId() != 0) {
            return;
        }
        if (!r.status().isOk()) {
            fail(statusFailure("RAKP 4", r.status()));
            return;
        }
        byte[] icv = RakpMath.rakp4Icv(suite.authentication(), sik, rm, bmcSessionId, bmcGuid, engine.crypto());
        if (!RakpMath.constantTimeEquals(icv, r.integrityCheckValue())) {
            fail(new IpmiAuthenticationException(Reason.BMC_NOT_AUTHENTIC, -1, "BMC " + peer.bmc
                    + " sent a wrong RAKP 4 integrity check value: session keys do not match"));
            return;
        }
        Integrity integrity = Integrity.create(suite.integrity(), keys, engine.crypto());
        Confidentiality confidentiality = Confidentiality.create(suite.confidentiality(), keys, engine.random(),
                engine.crypto());
        RmcpPlusCodec codec = new RmcpPlusCodec(bmcSessionId, integrity, confidentiality);
        SessionKeys sessionKeys = keys;
        keys = null;
        wipe();
        step = Step.DONE;
        timer.cancel();
        LanSession session = new LanSession(engine, peer, options, retry, engine.window(), suite, AuthType.RMCP_PLUS,
                consoleSessionId, bmcSessionId, SessionFraming.rmcpPlus(codec), 1, sessionKeys::close);
        result.complete(session);
    }

    private Exception statusFailure(String message, RmcpPlusStatus status) {
        int code = status.value();
        String text = "BMC " + peer.bmc + " refused " + message + " for user " + credentials.userName()
                + " (cipher suite " + suite.id() + "): status " + status;
        return switch (code) {
            case 0x01, 0x0B -> new IpmiSessionLimitException(text + " — no free session slot");
            case 0x0D -> new IpmiAuthenticationException(Reason.UNKNOWN_USER, code, text);
            case 0x09, 0x0A, 0x12 -> new IpmiAuthenticationException(Reason.PRIVILEGE_NOT_ALLOWED, code, text);
            case 0x04, 0x05, 0x10, 0x11 -> new IpmiAuthenticationException(Reason.ALGORITHM_NOT_SUPPORTED, code, text);
            case 0x0F -> new IpmiAuthenticationException(Reason.WRONG_PASSWORD_OR_KG, code, text);
            default -> new IpmiAuthenticationException(Reason.OTHER, code, text);
        };
    }

    private void fail(Exception e) {
        if (step == Step.DONE) {
            return;
        }
        step = Step.DONE;
        if (timer != null) {
            timer.cancel();
        }
        if (keys != null) {
            keys.close();
            keys = null;
        }
        wipe();
        result.completeExceptionally(e);
    }

    private void wipe() {
        Arrays.fill(kuid, (byte) 0);
        if (sik != null) {
            Arrays.fill(sik, (byte) 0);
        }
    }
}
