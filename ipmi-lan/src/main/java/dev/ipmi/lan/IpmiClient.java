package dev.ipmi.lan;

import dev.ipmi.core.crypto.CipherSuite;
import dev.ipmi.core.wire.PresencePong;
import dev.ipmi.lan.internal.ClientEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An IPMI-over-LAN client: one selector thread and one UDP socket serving any number of
 * sessions to any number of BMCs. Immutable, thread-safe and meant to be shared; create one
 * per application, not one per BMC.
 *
 * <pre>{@code
 * try (IpmiClient client = IpmiClient.newBuilder().build();
 *      IpmiSession s = client.openSessionBlocking(BmcAddress.of("10.0.0.5"),
 *              Credentials.of("admin", password))) {
 *     GetChassisStatus.Response st = s.sendBlocking(new GetChassisStatus());
 *     System.out.println("power on: " + st.powerOn());
 * }
 * }</pre>
 *
 * Every operation exists asynchronously (returning a {@link CompletableFuture} that completes
 * on the callback executor) and blocking with the same shape. {@link #close()} closes every
 * session the client opened (best effort, bounded) and stops its thread.
 */
public final class IpmiClient implements AutoCloseable {
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private final ClientEngine engine;
    private final RetryPolicy retryPolicy;

    private IpmiClient(Builder b) throws IOException {
        this.retryPolicy = b.retryPolicy;
        this.engine = new ClientEngine(new ClientEngine.Config(b.bindAddress, b.threadName, b.executor,
                b.eventListener, b.retryPolicy, b.inFlightWindow, b.random, b.receiveBuffer));
    }

    /** A builder with the defaults: any local port, common-pool callbacks, default retries, window 4. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Opens an RMCP+ session with the default {@link SessionOptions}. */
    public CompletableFuture<IpmiSession> openSession(BmcAddress bmc, Credentials credentials) {
        return openSession(bmc, credentials, SessionOptions.defaults());
    }

    /**
     * Opens a session: negotiates the cipher suite (or IPMI 1.5 auth type), authenticates and
     * raises the privilege level. Fails with {@link IpmiAuthenticationException},
     * {@link IpmiSessionLimitException} or {@link IpmiTimeoutException}; a failed attempt
     * never leaves a session open on the BMC that the client could have closed.
     */
    public CompletableFuture<IpmiSession> openSession(BmcAddress bmc, Credentials credentials, SessionOptions options) {
        Objects.requireNonNull(bmc, "bmc");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(options, "options");
        return engine.openSession(bmc, credentials, options);
    }

    /** Blocking twin of {@link #openSession(BmcAddress, Credentials)}. */
    public IpmiSession openSessionBlocking(BmcAddress bmc, Credentials credentials) throws IOException {
        return ClientEngine.await(openSession(bmc, credentials));
    }

    /** Blocking twin of {@link #openSession(BmcAddress, Credentials, SessionOptions)}. */
    public IpmiSession openSessionBlocking(BmcAddress bmc, Credentials credentials, SessionOptions options)
            throws IOException {
        return ClientEngine.await(openSession(bmc, credentials, options));
    }

    /** ASF Presence Ping: whether something answers RMCP at {@code bmc}, and what it supports. */
    public CompletableFuture<PresencePong> ping(BmcAddress bmc, Duration timeout) {
        return engine.ping(bmc, timeout);
    }

    /** Blocking twin of {@link #ping}. */
    public PresencePong pingBlocking(BmcAddress bmc, Duration timeout) throws IOException {
        return ClientEngine.await(ping(bmc, timeout));
    }

    /**
     * The cipher suites the BMC offers on {@code channel} (Get Channel Cipher Suites outside a
     * session, all pages). Many BMCs never answer this outside a session; the future then fails
     * with {@link IpmiTimeoutException} after {@code timeout}.
     */
    public CompletableFuture<List<CipherSuite>> cipherSuites(BmcAddress bmc, int channel, Duration timeout) {
        return engine.cipherSuites(bmc, channel, timeout);
    }

    /** The retry policy sessions use unless their options name another. */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** The local UDP address the client sends from. */
    public InetSocketAddress localAddress() {
        return engine.localAddress();
    }

    /** Sessions currently open (for monitoring and leak checks). */
    public int openSessions() {
        return engine.openSessionCount();
    }

    /** Closes every session (Close Session, bounded wait) and stops the selector thread. Idempotent. */
    @Override
    public void close() {
        engine.close();
    }

    /** Configures an {@link IpmiClient}. Not thread-safe; {@link #build()} may be called repeatedly. */
    public static final class Builder {
        private InetSocketAddress bindAddress = new InetSocketAddress(0);
        private String threadName = "ipmi-client-" + CLIENTS.incrementAndGet();
        private Executor executor = ForkJoinPool.commonPool();
        private IpmiEventListener eventListener = IpmiEventListener.NONE;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private int inFlightWindow = 4;
        private SecureRandom random;
        private int receiveBuffer = 4 << 20;

        private Builder() {}

        /** Local address and port to send from (default: any address, an ephemeral port). */
        public Builder bindAddress(InetSocketAddress bind) {
            this.bindAddress = Objects.requireNonNull(bind);
            return this;
        }

        /** Name of the selector thread. */
        public Builder threadName(String name) {
            this.threadName = Objects.requireNonNull(name);
            return this;
        }

        /**
         * Where futures complete and listener events run (default: the common fork-join pool).
         * {@code Runnable::run} runs them on the selector thread itself: fastest, but a slow
         * callback then stalls every session of the client.
         *
         * <p>The common pool has {@code cores - 1} threads (one on a 2-core machine), and it is
         * shared with the rest of the JVM (parallel streams, other libraries). Completing a
         * future is a short task, so for non-blocking callbacks that is enough: a dedicated pool
         * of 2 or 4 threads measured no better at 10,000 sessions and 256 requests in flight
         * (benchmarks/LOAD.md). Callbacks that block or run long, or a JVM whose common pool
         * is busy with other work, need their own executor here; the client neither starts nor
         * shuts down an executor it is given.
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor);
            return this;
        }

        public Builder eventListener(IpmiEventListener listener) {
            this.eventListener = Objects.requireNonNull(listener);
            return this;
        }

        /** The default retry policy of sessions. */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy);
            return this;
        }

        /** Requests outstanding at once per session (1-32, default 4); more queue. */
        public Builder inFlightWindow(int window) {
            if (window < 1 || window > 32) {
                throw new IllegalArgumentException("in-flight window must be 1..32");
            }
            this.inFlightWindow = window;
            return this;
        }

        /**
         * Bytes to ask for the UDP socket's receive buffer (default 4 MiB; 0 keeps the system
         * default). All sessions share one socket, so a client with many busy SOL consoles needs a
         * large one; Linux caps the request at {@code net.core.rmem_max} (often 208 KiB) unless
         * that is raised, e.g. {@code sysctl -w net.core.rmem_max=8388608}.
         */
        public Builder receiveBufferSize(int bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("receive buffer size must not be negative");
            }
            this.receiveBuffer = bytes;
            return this;
        }

        /** The random source for nonces, session ids and each session's IV counter (default: a new {@link SecureRandom}). */
        public Builder secureRandom(SecureRandom random) {
            this.random = Objects.requireNonNull(random);
            return this;
        }

        /** Opens the socket and starts the selector thread. */
        public IpmiClient build() {
            try {
                return new IpmiClient(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the client's UDP socket", e);
            }
        }
    }
}
