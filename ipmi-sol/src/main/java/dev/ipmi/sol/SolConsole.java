package dev.ipmi.sol;

import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.lan.SessionOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A Serial-over-LAN console (IPMI v2.0 sections 15 and 24): the host's serial port, through the
 * BMC, as a byte stream with flow control, line controls and events.
 *
 * <p>Opening checks who holds the payload first and, by default, fails with
 * {@link SolInUseException} naming the owner instead of taking it. While open, the console
 * watches for another session taking the payload (the BMC's "SOL deactivating" bit, an
 * ownership probe every {@link SolOptions#probeInterval()}, SOL packets that go unanswered
 * while the session answers); when that happens it reports {@link SolEvent.Stolen} and stops,
 * without ever sending Deactivate Payload or activating again: the application decides. The
 * probe asks Get Payload Instance Info (or Activation Status); on a BMC without those commands
 * it sends a SOL packet without characters followed by Get Device ID, and a BMC that answers the
 * command but never acknowledges the packet (checked over three rounds, 17 copies) no longer
 * gives us its console. Either way a steal is reported within about one probe interval plus a
 * few round trips.
 *
 * <p>Host output arrives exactly once and in order: retransmissions are recognised by their
 * sequence number (characters the BMC appended to one are delivered, the rest not again), late
 * copies of older packets are dropped, and while the application requests nothing the console
 * NACKs the BMC once {@link SolOptions#receiveBuffer()} is full.
 *
 * <pre>{@code
 * SolConsole console = SolConsole.open(session, SolOptions.defaults(), new SolListener() {
 *     public void onData(SolConsole c, ByteBuffer data) { terminal.write(data); c.request(1); }
 *     public void onEvent(SolConsole c, SolEvent e) { if (e instanceof SolEvent.Stolen s) warn(s); }
 * }).join();
 * console.write(ByteBuffer.wrap("root\r".getBytes(US_ASCII))).join();   // the BMC accepted every byte
 * console.close();                                                     // Deactivate Payload if still ours
 * }</pre>
 *
 * Thread-safe. Listener calls arrive on {@link ForkJoinPool#commonPool()} (or the executor given
 * to {@link #open(IpmiSession, SolOptions, SolListener, Executor)}), one at a time, in order.
 */
public final class SolConsole implements AutoCloseable {
    private final SolLink link;
    private final SolOptions options;
    private final SolListener listener;
    private final Callbacks callbacks;
    private final IpmiSession session;
    private final boolean ownsSession;
    private final int maxChars;
    private final int outboundPayloadSize;
    private final ConsoleEngine engine;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();

    private SolConsole(SolLink link, SolOptions options, SolListener listener, Executor executor, IpmiSession session,
            boolean ownsSession, int inboundPayloadSize, int outboundPayloadSize) {
        this.link = link;
        this.options = options;
        this.listener = listener;
        this.callbacks = new Callbacks(executor);
        this.session = session;
        this.ownsSession = ownsSession;
        // The accepted-count field is one byte; a BMC announcing less than a header still gets one character.
        this.maxChars = Math.max(1, Math.min(255, inboundPayloadSize - SolPacket.HEADER_LENGTH));
        this.outboundPayloadSize = outboundPayloadSize;
        this.engine = new ConsoleEngine(this, link, options, callbacks, listener, maxChars);
    }

    /** Activates SOL on an open session (which stays the caller's: closing the console leaves it open). */
    public static CompletableFuture<SolConsole> open(IpmiSession session, SolOptions options, SolListener listener) {
        return open(session, options, listener, ForkJoinPool.commonPool());
    }

    /** As {@link #open(IpmiSession, SolOptions, SolListener)}, with listener calls on {@code executor}. */
    public static CompletableFuture<SolConsole> open(IpmiSession session, SolOptions options, SolListener listener,
            Executor executor) {
        Objects.requireNonNull(session, "session");
        return open(new LanSolLink(session), session, false, options, listener, executor);
    }

    /**
     * Opens its own session to {@code bmc} and activates SOL on it; the session closes with the
     * console (and after a steal). A failed activation closes the session too.
     */
    public static CompletableFuture<SolConsole> open(IpmiClient client, BmcAddress bmc, Credentials credentials,
            SessionOptions sessionOptions, SolOptions options, SolListener listener) {
        return client.openSession(bmc, credentials, sessionOptions).thenCompose(s ->
                open(new LanSolLink(s), s, true, options, listener, ForkJoinPool.commonPool())
                        .whenComplete((c, t) -> {
                            if (t != null) {
                                s.closeAsync();
                            }
                        }));
    }

    static CompletableFuture<SolConsole> open(SolLink link, IpmiSession session, boolean ownsSession, SolOptions options,
            SolListener listener, Executor executor) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(executor, "executor");
        return Activation.activate(link, options).thenApply(r -> {
            SolConsole c = new SolConsole(link, options, listener, executor, session, ownsSession,
                    r.inboundPayloadSize(), r.outboundPayloadSize());
            link.execute(c.engine::start);
            c.callbacks.run(() -> {
                try {
                    listener.onOpen(c);
                } catch (RuntimeException e) {
                    listener.onError(c, e);
                }
            });
            return c;
        });
    }

    /** The session the console runs on ({@code null} for consoles built on a test link). */
    public IpmiSession session() {
        return session;
    }

    public SolOptions options() {
        return options;
    }

    /** Characters per SOL packet to the BMC: its inbound payload size (Activate Payload) less the 4-byte header. */
    public int maxCharactersPerPacket() {
        return maxChars;
    }

    /** The largest SOL payload the BMC will send us (Activate Payload). */
    public int outboundPayloadSize() {
        return outboundPayloadSize;
    }

    /** Whether the console still holds the payload as far as it knows (not closed, stolen or lost). */
    public boolean isOpen() {
        return !ended.get() && engine.isOpen();
    }

    /**
     * Sends {@code data} (copied now) to the host's serial port. The future completes when the BMC
     * has accepted every byte, or fails with {@link SolClosedException} when the console ends first.
     * Writes go out in call order.
     */
    public CompletableFuture<Void> write(ByteBuffer data) {
        byte[] copy = new byte[data.remaining()];
        data.get(copy);
        CompletableFuture<Void> done = new CompletableFuture<>();
        link.execute(() -> engine.write(copy, done));
        return done;
    }

    /** Generates a BREAK on the host's serial port; completes when the BMC acknowledged it. */
    public CompletableFuture<Void> sendBreak() {
        return control(SolOperation.BREAK, 0, 0);
    }

    /** Asserts the ring indicator (wake on ring) once. */
    public CompletableFuture<Void> ring() {
        return control(SolOperation.RING_WOR, 0, 0);
    }

    /** Asks the BMC to drop what it buffered towards the host ({@code inbound}) and/or towards us ({@code outbound}). */
    public CompletableFuture<Void> flush(boolean inbound, boolean outbound) {
        return control((inbound ? SolOperation.FLUSH_INBOUND : 0) | (outbound ? SolOperation.FLUSH_OUTBOUND : 0), 0, 0);
    }

    /** Deasserts CTS to the host ({@code true}: the host should stop sending) or asserts it again. */
    public CompletableFuture<Void> setCtsPause(boolean pause) {
        return control(0, SolOperation.CTS_PAUSE, pause ? SolOperation.CTS_PAUSE : 0);
    }

    /** Deasserts DCD and DSR to the host ({@code true}, like a hang-up) or asserts them again. */
    public CompletableFuture<Void> setDcdDsrDeasserted(boolean deasserted) {
        return control(0, SolOperation.DCD_DSR_DEASSERT, deasserted ? SolOperation.DCD_DSR_DEASSERT : 0);
    }

    private CompletableFuture<Void> control(int oneShot, int levelMask, int levelValue) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        link.execute(() -> engine.control(oneShot, levelMask, levelValue, done));
        return done;
    }

    /** Allows {@code n} more {@link SolListener#onData} calls. */
    public void request(long n) {
        if (n <= 0) {
            throw new IllegalArgumentException("request a positive number: " + n);
        }
        link.execute(() -> engine.request(n));
    }

    /** An OutputStream whose writes block until the BMC accepted the bytes. Closing it closes the console. */
    public OutputStream outputStream() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                await(SolConsole.this.write(ByteBuffer.wrap(b, off, len)));
            }

            @Override
            public void close() {
                SolConsole.this.close();
            }
        };
    }

    private static void await(CompletableFuture<Void> f) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while writing to the SOL console");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof IOException io ? io : new IOException(c);
        }
    }

    /**
     * Ends the console: sends Deactivate Payload only if the BMC still names our session as the
     * owner, then (for a console that opened its own session) closes the session. Idempotent.
     */
    public CompletableFuture<Void> closeAsync() {
        link.execute(() -> {
            if (!engine.isOpen()) {
                return;
            }
            engine.stop(new SolClosedException("console closed"));
            Ownership.holder(link, options.instance())
                    .thenCompose(h -> h.isSession(link.bmcSessionId()) || (!h.known() && h.active())
                            ? Activation.deactivate(link, options.instance())
                            : CompletableFuture.completedFuture(null))
                    .whenComplete((v, t) -> ended());
        });
        return closed;
    }

    /** Closes and waits (boundedly, a few seconds) for the BMC. Never throws. */
    @Override
    public void close() {
        try {
            closeAsync().get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // best effort: the BMC times the payload out with the session
        }
    }

    /** Called once the engine stopped for good: tells the listener, closes our own session. */
    void ended() {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        callbacks.run(() -> {
            try {
                listener.onClose(this);
            } finally {
                CompletableFuture<Void> sessionClosed = ownsSession ? link.closeSession() : CompletableFuture.completedFuture(null);
                sessionClosed.whenComplete((v, t) -> closed.complete(null));
            }
        });
    }

    @Override
    public String toString() {
        return "SolConsole[" + link.bmcKey() + ", instance " + options.instance() + ", "
                + (isOpen() ? "open" : "closed") + "]";
    }
}
