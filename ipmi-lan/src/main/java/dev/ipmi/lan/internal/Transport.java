package dev.ipmi.lan.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One selector thread, one UDP channel: everything a client does on the network runs here.
 * Other threads hand work over with {@link #execute}; deadlines are timers swept by the loop
 * itself, so no thread sleeps and no thread exists per session.
 *
 * <p>State owned by the loop (sessions, request tables, timers) is only touched on this thread,
 * which is why none of it is synchronised.
 */
public final class Transport implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Transport.class);
    /** Largest UDP payload; BMC datagrams are far smaller, but a hostile one must not overflow us. */
    private static final int MAX_DATAGRAM = 65_535;

    /** Receives every inbound datagram, on the selector thread. */
    public interface Receiver {
        void onDatagram(InetSocketAddress from, ByteBuffer datagram);
    }

    private final Selector selector;
    private final DatagramChannel channel;
    private final Thread thread;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean wakeupPending = new AtomicBoolean();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private final ByteBuffer receiveBuffer = ByteBuffer.allocate(MAX_DATAGRAM);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;
    private long timerOrder;
    private Receiver receiver;

    /**
     * Opens the channel bound to {@code bind} (port 0 = any) and prepares the thread named
     * {@code name}; {@code receiveBuffer} bytes are asked for the socket's receive buffer (the
     * kernel caps it, on Linux at {@code net.core.rmem_max}), 0 keeps the system default.
     */
    public Transport(InetSocketAddress bind, String name, int receiveBuffer) throws IOException {
        selector = Selector.open();
        try {
            channel = DatagramChannel.open();
            channel.configureBlocking(false);
            if (receiveBuffer > 0) {
                channel.setOption(java.net.StandardSocketOptions.SO_RCVBUF, receiveBuffer);
            }
            channel.bind(bind);
            channel.register(selector, SelectionKey.OP_READ);
        } catch (IOException | RuntimeException e) {
            selector.close();
            throw e;
        }
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
    }

    /** Starts the loop; {@code receiver} gets every datagram. */
    public void start(Receiver receiver) {
        this.receiver = receiver;
        thread.start();
    }

    /** The local address the channel is bound to. */
    public InetSocketAddress localAddress() {
        try {
            return (InetSocketAddress) channel.getLocalAddress();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the caller runs on the selector thread. */
    public boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    /** Runs {@code task} on the selector thread, soon; from any thread. */
    public void execute(Runnable task) {
        tasks.add(task);
        if (wakeupPending.compareAndSet(false, true)) {
            selector.wakeup();
        }
    }

    /** Runs {@code action} on the selector thread after {@code delayNanos}. Selector thread only. */
    public Timer schedule(long delayNanos, Runnable action) {
        assert inLoop() : "timers belong to the selector thread";
        Timer t = new Timer(System.nanoTime() + delayNanos, timerOrder++, action);
        timers.add(t);
        return t;
    }

    /**
     * Sends one datagram (position..limit). UDP may lose it anyway, so a full socket buffer
     * only counts as a loss that retransmission covers; returns whether it was handed to the OS.
     */
    public boolean send(SocketAddress to, ByteBuffer datagram) {
        try {
            return channel.send(datagram, to) > 0;
        } catch (IOException e) {
            log.debug("send to {} failed: {}", to, e.toString());
            return false;
        }
    }

    /** Number of pending timers (for tests and leak checks). */
    public int pendingTimers() {
        return timers.size();
    }

    private void loop() {
        try {
            while (running) {
                long wait = runDueTimers();
                selector.select(wait == Long.MAX_VALUE ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toMillis(wait + 999_999)));
                wakeupPending.set(false);
                if (!selector.selectedKeys().isEmpty()) {
                    selector.selectedKeys().clear();
                    readAll();
                }
                runTasks();
            }
        } catch (IOException | ClosedSelectorException e) {
            if (running) {
                log.error("selector loop failed", e);
            }
        } finally {
            running = false;
            closeQuietly();
            stopped.countDown();
        }
    }

    private void readAll() throws IOException {
        // Bounded so a flood cannot starve timers and tasks.
        for (int i = 0; i < 256; i++) {
            receiveBuffer.clear();
            SocketAddress from = channel.receive(receiveBuffer);
            if (from == null) {
                return;
            }
            receiveBuffer.flip();
            try {
                receiver.onDatagram((InetSocketAddress) from, receiveBuffer);
            } catch (RuntimeException e) {
                // A bug must not end the loop that every session depends on.
                log.error("unexpected error handling a datagram from {}", from, e);
            }
        }
    }

    private void runTasks() {
        Runnable r;
        while ((r = tasks.poll()) != null) {
            runGuarded(r);
        }
    }

    /** Runs due timers; returns nanos until the next one, or Long.MAX_VALUE. */
    private long runDueTimers() {
        while (true) {
            Timer t = timers.peek();
            if (t == null) {
                return Long.MAX_VALUE;
            }
            if (t.cancelled) {
                timers.poll();
                continue;
            }
            long left = t.deadlineNanos - System.nanoTime();
            if (left > 0) {
                return left;
            }
            timers.poll();
            runGuarded(t.action);
        }
    }

    private static void runGuarded(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            log.error("unexpected error on the selector thread", e);
        }
    }

    private void closeQuietly() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        try {
            selector.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    /** Stops the loop after the tasks already queued, closes the channel and waits for the thread (bounded). */
    @Override
    public void close() {
        execute(() -> running = false);
        if (!inLoop()) {
            try {
                if (!stopped.await(5, TimeUnit.SECONDS)) {
                    log.warn("selector thread {} did not stop within 5 s", thread.getName());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether the loop is still running. */
    public boolean isRunning() {
        return running && thread.isAlive();
    }
}
