package dev.ipmi.lan.internal;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.channel.GetChannelCipherSuites;
import dev.ipmi.core.command.session.GetChannelAuthenticationCapabilities;
import dev.ipmi.core.crypto.CipherSuite;
import dev.ipmi.core.crypto.CryptoProvider;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.session.InboundPacket;
import dev.ipmi.core.session.Ipmi15Codec;
import dev.ipmi.core.wire.AsfMessage;
import dev.ipmi.core.wire.IpmiLanResponseView;
import dev.ipmi.core.wire.PresencePing;
import dev.ipmi.core.wire.PresencePong;
import dev.ipmi.core.wire.RmcpHeader;
import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.DropReason;
import dev.ipmi.lan.IpmiEventListener;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.lan.IpmiTimeoutException;
import dev.ipmi.lan.RetryPolicy;
import dev.ipmi.lan.SessionLostException;
import dev.ipmi.lan.SessionOptions;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's machinery on its selector thread: routes every inbound datagram to the session,
 * handshake or sessionless request it belongs to, owns the shared scratch buffers (one set per
 * client, not per session, to keep idle sessions small), and completes futures and emits
 * events on the callback executor.
 */
public final class ClientEngine implements Transport.Receiver {
    private static final Logger log = LoggerFactory.getLogger(ClientEngine.class);
    private static final int MAX_DATAGRAM = 65_535;

    /** What the builder decided. */
    public record Config(InetSocketAddress bind, String threadName, Executor executor, IpmiEventListener listener,
            RetryPolicy retry, int window, SecureRandom random, int receiveBuffer) {}

    final Transport transport;
    private final Executor executor;
    private final Events events;
    private final RetryPolicy defaultRetry;
    private final int window;
    private final SecureRandom random;
    private final CryptoProvider crypto = CryptoProvider.defaultProvider();

    private final Map<InetSocketAddress, Peer> peers = new HashMap<>();
    /** RMCP+ sessions and handshakes by the console session id we chose (what the BMC puts in its headers). */
    private final Map<Integer, LanSession> sessions = new HashMap<>();
    private final Map<Integer, RmcpPlusHandshake> handshakes = new HashMap<>();
    private final AtomicInteger openCount = new AtomicInteger();
    /** Sessions counted in {@link #openCount}, so that each is uncounted exactly once. */
    private final Set<LanSession> countedSessions = new HashSet<>();

    private final ByteBuffer datagramOut = ByteBuffer.allocate(MAX_DATAGRAM);
    private final ByteBuffer messageOut = ByteBuffer.allocate(MAX_DATAGRAM);
    private final ByteBuffer plaintextIn = ByteBuffer.allocate(MAX_DATAGRAM);
    private final InboundPacket inbound = new InboundPacket();
    /** Sessionless responses and, through {@link #responseView()}, every session's. */
    private final IpmiLanResponseView sessionlessView = new IpmiLanResponseView();
    private volatile boolean closed;

    public ClientEngine(Config config) throws IOException {
        this.executor = config.executor();
        this.events = new Events(config.listener(), config.executor());
        this.defaultRetry = config.retry();
        this.window = config.window();
        this.random = config.random() != null ? config.random() : new SecureRandom();
        this.transport = new Transport(config.bind(), config.threadName(), config.receiveBuffer());
        transport.start(this);
    }

    // ---------------------------------------------------------------- shared state for the pipes

    ByteBuffer datagramBuffer() {
        return datagramOut.clear();
    }

    ByteBuffer messageBuffer() {
        return messageOut.clear();
    }

    ByteBuffer plaintextBuffer() {
        return plaintextIn.clear();
    }

    /**
     * The parse state of the datagram being handled. Sessions use the engine's instead of one
     * each (56 B per session): the engine is done with it when it hands a datagram to a session,
     * and datagrams are handled one at a time on this thread.
     */
    InboundPacket inboundPacket() {
        return inbound;
    }

    /** The response view of the message being handled; shared like {@link #inboundPacket()}. */
    IpmiLanResponseView responseView() {
        return sessionlessView;
    }

    SecureRandom random() {
        return random;
    }

    CryptoProvider crypto() {
        return crypto;
    }

    int window() {
        return window;
    }

    RetryPolicy defaultRetry() {
        return defaultRetry;
    }

    public InetSocketAddress localAddress() {
        return transport.localAddress();
    }

    public int openSessionCount() {
        return openCount.get();
    }

    // ---------------------------------------------------------------- entry points (any thread)

    public CompletableFuture<IpmiSession> openSession(BmcAddress bmc, Credentials credentials, SessionOptions options) {
        CompletableFuture<IpmiSession> f = new CompletableFuture<>();
        if (closed) {
            f.completeExceptionally(new IOException("client is closed"));
            return f;
        }
        // Copy now: the caller may close (wipe) its Credentials as soon as this returns.
        Credentials creds = credentials.withPrivilege(credentials.privilege());
        transport.execute(() -> {
            events.emit(l -> l.sessionOpenStarted(bmc));
            SessionOpener opener = new SessionOpener(this, peer(bmc), creds, options);
            opener.result.whenComplete((s, t) -> {
                if (t != null) {
                    creds.close();
                    f.completeExceptionally(Ipmi15Handshake.unwrap(t));
                } else if (options.reestablishOnLoss()) {
                    f.complete(new ReestablishingSession(this, bmc, creds, options, (LanSession) s));
                } else {
                    creds.close();
                    f.complete(s);
                }
            });
            opener.start();
        });
        return f;
    }

    public CompletableFuture<PresencePong> ping(BmcAddress bmc, Duration timeout) {
        CompletableFuture<PresencePong> f = new CompletableFuture<>();
        CompletableFuture<PresencePong> user = new CompletableFuture<>();
        f.whenComplete((v, t) -> {
            if (t != null) {
                executor.execute(() -> user.completeExceptionally(t));
            } else {
                executor.execute(() -> user.complete(v));
            }
        });
        transport.execute(() -> {
            Peer peer = peer(bmc);
            int tag = peer.nextPingTag();
            peer.pings.add(f);
            ByteBuffer out = datagramBuffer();
            RmcpHeader.asf().encode(out);
            new PresencePing(tag).encode(out);
            out.flip();
            transport.send(peer.address, out);
            transport.schedule(timeout.toNanos(), () -> {
                if (peer.pings.remove(f)) {
                    f.completeExceptionally(new IpmiTimeoutException("BMC " + bmc + " did not answer an ASF presence ping within "
                            + RequestPipe.formatMillis(timeout.toMillis())));
                }
            });
        });
        return user;
    }

    public CompletableFuture<List<CipherSuite>> cipherSuites(BmcAddress bmc, int channel, Duration timeout) {
        CompletableFuture<List<CipherSuite>> user = new CompletableFuture<>();
        transport.execute(() -> offeredSuites(peer(bmc), channel, timeout).whenComplete((v, t) -> {
            if (t != null) {
                fail(user, Ipmi15Handshake.unwrap(t));
            } else {
                complete(user, v);
            }
        }));
        return user;
    }

    // ---------------------------------------------------------------- sessionless traffic (selector thread)

    /** Sends a command outside any session; selector thread, and the future completes there too. */
    <R> CompletableFuture<R> sessionless(Peer peer, IpmiRequest<R> request, RetryPolicy policy) {
        PendingRequest p = PendingRequest.typed(request, policy, true);
        peer.submit(p);
        @SuppressWarnings("unchecked")
        CompletableFuture<R> f = (CompletableFuture<R>) (CompletableFuture<?>) p.future;
        return f;
    }

    /**
     * Get Channel Cipher Suites outside a session, every page, with one short timeout: many BMCs
     * never answer it there. Completes with {@code null} when the BMC does not tell.
     */
    CompletableFuture<List<CipherSuite>> offeredSuites(Peer peer, int channel, Duration timeout) {
        CompletableFuture<List<CipherSuite>> f = new CompletableFuture<>();
        RetryPolicy quick = defaultRetry.withAttempts(1).withAttemptTimeout(timeout).withDeadline(timeout)
                .withSideEffectAttemptTimeout(timeout);
        ByteBuffer records = ByteBuffer.allocate(GetChannelCipherSuites.PAGE_BYTES * 64);
        fetchSuitePage(peer, channel, 0, records, quick, f);
        return f;
    }

    private void fetchSuitePage(Peer peer, int channel, int index, ByteBuffer records, RetryPolicy policy,
            CompletableFuture<List<CipherSuite>> f) {
        sessionless(peer, GetChannelCipherSuites.page(channel, index), policy).whenComplete((r, t) -> {
            if (t != null) {
                if (index == 0) {
                    f.complete(null);
                } else {
                    f.completeExceptionally(t);
                }
                return;
            }
            byte[] page = r.recordData().toByteArray();
            records.put(page);
            if (page.length == GetChannelCipherSuites.PAGE_BYTES && index < 63) {
                fetchSuitePage(peer, channel, index + 1, records, policy, f);
                return;
            }
            try {
                records.flip();
                byte[] all = new byte[records.remaining()];
                records.get(all);
                f.complete(GetChannelCipherSuites.parseSuites(dev.ipmi.core.command.Octets.of(all)));
            } catch (MalformedPacketException e) {
                f.complete(null);
            }
        });
    }

    /**
     * Asks the BMC something harmless outside any session, so that a session whose requests go
     * unanswered can tell "BMC unreachable" from "BMC forgot the session".
     */
    void probeLiveness(Peer peer) {
        RetryPolicy quick = defaultRetry.withAttempts(2).withAttemptTimeout(Duration.ofMillis(500))
                .withDeadline(Duration.ofSeconds(2));
        sessionless(peer, new GetChannelAuthenticationCapabilities(GetChannelAuthenticationCapabilities.CURRENT_CHANNEL,
                false, PrivilegeLevel.USER), quick);
    }

    Peer peer(BmcAddress bmc) {
        return peers.computeIfAbsent(bmc.socketAddress(), a -> new Peer(this, bmc, window, defaultRetry));
    }

    // ---------------------------------------------------------------- registration (selector thread)

    int newConsoleSessionId() {
        while (true) {
            int id = random.nextInt();
            if (id != 0 && !sessions.containsKey(id) && !handshakes.containsKey(id)) {
                return id;
            }
        }
    }

    void registerHandshake(RmcpPlusHandshake h) {
        handshakes.put(h.consoleSessionId, h);
    }

    void unregisterHandshake(RmcpPlusHandshake h) {
        handshakes.remove(h.consoleSessionId, h);
    }

    void registerSession(LanSession s) {
        sessions.put(s.consoleSessionId(), s);
    }

    void registerV15(Peer peer, int sessionId, LanSession s) {
        peer.v15Sessions.put(sessionId, s);
    }

    void unregisterV15(Peer peer, int sessionId, LanSession s) {
        peer.v15Sessions.remove(sessionId, s);
    }

    void unregister(LanSession s) {
        if (s.consoleSessionId() != 0) {
            sessions.remove(s.consoleSessionId(), s);
        } else {
            s.peer().v15Sessions.remove(s.bmcSessionId(), s);
        }
        if (countedSessions.remove(s)) {
            openCount.decrementAndGet();
        }
    }

    // ---------------------------------------------------------------- inbound routing (selector thread)

    @Override
    public void onDatagram(InetSocketAddress from, ByteBuffer d) {
        int n = d.remaining();
        if (n < 4 || d.get(0) != RmcpHeader.VERSION) {
            dropped(from, DropReason.MALFORMED, "not RMCP");
            return;
        }
        int rmcpClass = d.get(3) & 0xFF;
        if ((rmcpClass & 0x80) != 0) {
            return; // an RMCP ACK; we never ask for them
        }
        switch (rmcpClass & 0x0F) {
            case 0x06 -> onAsf(from, d);
            case 0x07 -> {
                if (n < 5) {
                    dropped(from, DropReason.MALFORMED, "no session header");
                } else if ((d.get(4) & 0x0F) == 0x06) {
                    onRmcpPlus(from, d);
                } else {
                    onIpmi15(from, d);
                }
            }
            default -> dropped(from, DropReason.UNEXPECTED_TYPE, String.format("RMCP class %02xh", rmcpClass));
        }
    }

    private void onAsf(InetSocketAddress from, ByteBuffer d) {
        Peer peer = peers.get(from);
        try {
            d.position(RmcpHeader.LENGTH);
            AsfMessage header = AsfMessage.decode(d.duplicate());
            PresencePong pong = PresencePong.decode(d);
            if (peer != null) {
                for (CompletableFuture<PresencePong> f : new ArrayList<>(peer.pings)) {
                    peer.pings.remove(f);
                    f.complete(pong);
                }
                return;
            }
            dropped(from, DropReason.UNKNOWN_SESSION, "ASF " + header.type() + " from an address we did not ping");
        } catch (MalformedPacketException e) {
            dropped(from, DropReason.MALFORMED, e.getMessage());
        }
    }

    private void onRmcpPlus(InetSocketAddress from, ByteBuffer d) {
        try {
            dev.ipmi.core.session.RmcpPlusCodec.parse(d, inbound);
        } catch (MalformedPacketException e) {
            dropped(from, DropReason.MALFORMED, e.getMessage());
            return;
        }
        int type = inbound.payloadType;
        if (type == 0x11 || type == 0x13 || type == 0x15) {
            // Session setup replies carry our console session id at payload offset 4.
            if (inbound.payloadLength < 8) {
                // Short error forms (e.g. Open Session "00 10") name no session: match by peer.
                RmcpPlusHandshake only = soleHandshakeFor(from);
                if (only != null) {
                    only.onMessage(from, type, slice(d, inbound.payloadOffset, inbound.payloadLength));
                } else {
                    dropped(from, DropReason.UNKNOWN_SESSION, "short session setup reply");
                }
                return;
            }
            int consoleId = d.getInt(inbound.payloadOffset + 4);
            RmcpPlusHandshake h = handshakes.get(Integer.reverseBytes(consoleId));
            if (h == null) {
                dropped(from, DropReason.UNKNOWN_SESSION, "session setup reply for an unknown console session");
                return;
            }
            h.onMessage(from, type, slice(d, inbound.payloadOffset, inbound.payloadLength));
            return;
        }
        if (inbound.sessionId == 0) {
            if (type == 0x00) {
                onSessionlessResponse(from, slice(d, inbound.payloadOffset, inbound.payloadLength));
            } else {
                dropped(from, DropReason.UNEXPECTED_TYPE, String.format("sessionless payload %02xh", type));
            }
            return;
        }
        LanSession s = sessions.get(inbound.sessionId);
        if (s == null) {
            dropped(from, DropReason.UNKNOWN_SESSION, String.format("session id 0x%08x", inbound.sessionId));
            return;
        }
        d.position(0);
        s.onDatagram(from, d);
    }

    private RmcpPlusHandshake soleHandshakeFor(InetSocketAddress from) {
        RmcpPlusHandshake found = null;
        for (RmcpPlusHandshake h : handshakes.values()) {
            if (h.peerAddress().equals(from)) {
                if (found != null) {
                    return null; // ambiguous: let the handshakes time out rather than guess
                }
                found = h;
            }
        }
        return found;
    }

    private void onIpmi15(InetSocketAddress from, ByteBuffer d) {
        try {
            Ipmi15Codec.parse(d, inbound);
        } catch (MalformedPacketException e) {
            dropped(from, DropReason.MALFORMED, e.getMessage());
            return;
        }
        Peer peer = peers.get(from);
        if (peer == null) {
            dropped(from, DropReason.UNKNOWN_SESSION, "IPMI message from an unknown address");
            return;
        }
        if (inbound.sessionId == 0) {
            onSessionlessResponse(from, slice(d, inbound.payloadOffset, inbound.payloadLength));
            return;
        }
        LanSession s = peer.v15Sessions.get(inbound.sessionId);
        if (s == null) {
            dropped(from, DropReason.UNKNOWN_SESSION, String.format("IPMI 1.5 session id 0x%08x", inbound.sessionId));
            return;
        }
        d.position(0);
        s.onDatagram(from, d);
    }

    private void onSessionlessResponse(InetSocketAddress from, ByteBuffer message) {
        Peer peer = peers.get(from);
        if (peer == null) {
            dropped(from, DropReason.UNKNOWN_SESSION, "sessionless message from an unknown address");
            return;
        }
        try {
            sessionlessView.wrap(message);
        } catch (MalformedPacketException e) {
            dropped(from, DropReason.MALFORMED, e.getMessage());
            return;
        }
        peer.lastSessionlessAnswerNanos = System.nanoTime();
        peer.onResponse(sessionlessView, message, from);
    }

    private static ByteBuffer slice(ByteBuffer d, int offset, int length) {
        ByteBuffer b = d.duplicate();
        b.position(offset).limit(offset + length);
        return b.slice();
    }

    // ---------------------------------------------------------------- completion and events

    <T> void complete(CompletableFuture<T> f, T value) {
        executor.execute(() -> f.complete(value));
    }

    void fail(CompletableFuture<?> f, Throwable t) {
        executor.execute(() -> f.completeExceptionally(t));
    }

    void dropped(InetSocketAddress from, DropReason reason, String detail) {
        log.debug("dropped datagram from {}: {} ({})", from, reason, detail);
        events.emit(l -> l.datagramDropped(from, reason, detail));
    }

    void requestSent(RequestPipe pipe, PendingRequest p) {
        if (pipe instanceof LanSession s) {
            int seq = p.rqSeq;
            events.emit(l -> l.requestSent(s, p.spec, seq));
        }
    }

    void requestRetransmitted(RequestPipe pipe, PendingRequest p) {
        log.debug("{}: retransmitting {} (attempt {})", pipe.describe(), p.spec.name(), p.attempt);
        if (pipe instanceof LanSession s) {
            int attempt = p.attempt;
            events.emit(l -> l.requestRetransmitted(s, p.spec, attempt));
        }
    }

    void responseReceived(RequestPipe pipe, PendingRequest p, dev.ipmi.core.command.CompletionCode cc) {
        if (pipe instanceof LanSession s) {
            long nanos = System.nanoTime() - p.startNanos;
            events.emit(l -> l.responseReceived(s, p.spec, cc, nanos));
        }
    }

    void keepaliveSent(LanSession s) {
        events.emit(l -> l.keepaliveSent(s));
    }

    void sessionOpened(LanSession s) {
        countedSessions.add(s);
        openCount.incrementAndGet();
        log.debug("session open: {}", s);
        events.emit(l -> l.sessionOpened(s));
    }

    void sessionOpenFailed(Peer peer, Throwable t) {
        log.debug("session to {} failed: {}", peer.bmc, t.toString());
        events.emit(l -> l.sessionOpenFailed(peer.bmc, t));
    }

    void suiteSkipped(Peer peer, CipherSuite suite, String reason) {
        events.emit(l -> l.cipherSuiteSkipped(peer.bmc, suite, reason));
    }

    void sessionLost(LanSession s, SessionLostException cause) {
        log.debug("session lost: {}: {}", s, cause.getMessage());
        events.emit(l -> l.sessionLost(s, cause));
    }

    void sessionClosed(LanSession s) {
        events.emit(l -> l.sessionClosed(s));
    }

    // ---------------------------------------------------------------- close

    /** Closes every session (in parallel, bounded) and stops the thread. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        CompletableFuture<List<CompletableFuture<Void>>> all = new CompletableFuture<>();
        transport.execute(() -> {
            List<CompletableFuture<Void>> closing = new ArrayList<>();
            List<LanSession> open = new ArrayList<>(sessions.values());
            peers.values().forEach(p -> open.addAll(p.v15Sessions.values()));
            for (LanSession s : open) {
                closing.add(s.closeAsync());
            }
            all.complete(closing);
        });
        try {
            List<CompletableFuture<Void>> closing = all.get(2, TimeUnit.SECONDS);
            CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new)).get(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            log.debug("not every session confirmed its close: {}", e.toString());
        }
        transport.close();
    }

    /** Waits for a future and unwraps its failure into the library's exceptions. */
    public static <T> T await(CompletableFuture<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(false);
            throw new java.io.InterruptedIOException("interrupted");
        } catch (ExecutionException | CompletionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IOException(c);
        }
    }
}
