package dev.ipmi.testkit.sim;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One UDP socket and one selector thread: every protocol state change of a simulated BMC runs
 * on that thread, so the protocol classes need no locks. Other threads hand work over with
 * {@link #post}. Faults on the wire (loss, duplication, reordering, corruption, delay) are
 * applied here, below the protocol.
 */
final class Engine implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);
    private static final int MAX_DATAGRAM = 1500;

    private final DatagramChannel channel;
    private final Selector selector;
    private final Thread thread;
    private final Faults faults;
    private final InetSocketAddress localAddress;
    private final ConcurrentLinkedQueue<Runnable> posted = new ConcurrentLinkedQueue<>();
    private final PriorityQueue<Timed> timers = new PriorityQueue<>();
    private BiConsumer<ByteBuffer, InetSocketAddress> receiver;
    private ByteBuffer rx;
    private byte[] heldBack;
    private InetSocketAddress heldBackTo;
    private long timerSequence;
    private volatile boolean running = true;
    private volatile int failures;

    private record Timed(long at, long order, Runnable task) implements Comparable<Timed> {
        @Override
        public int compareTo(Timed o) {
            int c = Long.compare(at - o.at, 0);
            return c != 0 ? c : Long.compare(order, o.order);
        }
    }

    Engine(InetSocketAddress bind, Faults faults, String name) throws IOException {
        this.faults = faults;
        this.selector = Selector.open();
        try {
            this.channel = DatagramChannel.open();
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, false);
            channel.bind(bind);
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ);
        } catch (IOException | RuntimeException e) {
            selector.close();
            throw e;
        }
        this.localAddress = (InetSocketAddress) channel.getLocalAddress();
        this.thread = new Thread(this, name + "-" + localAddress.getPort());
        thread.setDaemon(true);
    }

    void start(BiConsumer<ByteBuffer, InetSocketAddress> receiver) {
        this.receiver = receiver;
        thread.start();
    }

    InetSocketAddress localAddress() {
        return localAddress;
    }

    boolean inEngineThread() {
        return Thread.currentThread() == thread;
    }

    /** Runs {@code task} on the selector thread soon. */
    void post(Runnable task) {
        posted.add(task);
        selector.wakeup();
    }

    /** Selector thread only: runs {@code task} after {@code delayNanos}. */
    void schedule(long delayNanos, Runnable task) {
        timers.add(new Timed(System.nanoTime() + delayNanos, timerSequence++, task));
    }

    /** Selector thread only: sends a copy of {@code datagram} (position to limit), through the fault layer. */
    void send(ByteBuffer datagram, InetSocketAddress to) {
        byte[] bytes = new byte[datagram.remaining()];
        datagram.get(bytes);
        if (faults.roll(faults.dropOutbound())) {
            return;
        }
        if (faults.roll(faults.corruptOutbound()) && bytes.length > 0) {
            bytes[faults.nextInt(bytes.length)] ^= (byte) (1 + faults.nextInt(255));
        }
        int copies = faults.roll(faults.duplicateOutbound()) ? 2 : 1;
        if (heldBack == null && faults.roll(faults.reorderOutbound())) {
            heldBack = bytes;
            heldBackTo = to;
            schedule(TimeUnit.MILLISECONDS.toNanos(200), this::releaseHeldBack); // nothing overtook it
            return;
        }
        long delay = faults.delayOutboundNanos();
        for (int i = 0; i < copies; i++) {
            if (delay > 0) {
                schedule(delay, () -> write(bytes, to));
            } else {
                write(bytes, to);
            }
        }
        releaseHeldBack();
    }

    private void releaseHeldBack() {
        if (heldBack != null) {
            byte[] b = heldBack;
            heldBack = null;
            write(b, heldBackTo);
        }
    }

    private void write(byte[] bytes, InetSocketAddress to) {
        try {
            channel.send(ByteBuffer.wrap(bytes), to);
        } catch (IOException e) {
            LOG.debug("send to {} failed: {}", to, e.toString());
        }
    }

    @Override
    public void run() {
        try {
            while (running) {
                long timeout = nextTimeoutMillis();
                if (timeout < 0) {
                    selector.selectNow();
                } else {
                    selector.select(timeout);
                }
                selector.selectedKeys().clear();
                Runnable r;
                while ((r = posted.poll()) != null) {
                    runSafely(r);
                }
                runDueTimers();
                receiveAll();
            }
        } catch (IOException | RuntimeException e) {
            if (running) {
                LOG.error("simulated BMC selector loop died", e);
            }
        } finally {
            try {
                channel.close();
                selector.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    private long nextTimeoutMillis() {
        if (!posted.isEmpty()) {
            return -1;
        }
        Timed t = timers.peek();
        if (t == null) {
            return 0; // select(0): wait until woken
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(t.at - System.nanoTime());
        return ms <= 0 ? -1 : ms;
    }

    private void runDueTimers() {
        long now = System.nanoTime();
        Timed t;
        while ((t = timers.peek()) != null && t.at - now <= 0) {
            timers.poll();
            runSafely(t.task);
        }
    }

    private void receiveAll() throws IOException {
        if (rx == null) {
            rx = ByteBuffer.allocate(MAX_DATAGRAM);
        }
        for (int i = 0; i < 64; i++) {
            rx.clear();
            InetSocketAddress from = (InetSocketAddress) channel.receive(rx);
            if (from == null) {
                return;
            }
            rx.flip();
            if (faults.roll(faults.dropInbound())) {
                continue;
            }
            try {
                receiver.accept(rx, from);
            } catch (RuntimeException e) {
                failures++;
                LOG.warn("simulated BMC failed on a datagram from {}", from, e);
            }
        }
    }

    private void runSafely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            failures++;
            LOG.warn("simulated BMC task failed", e);
        }
    }

    /** Exceptions caught on the selector thread so far: a bug in the simulator when not 0. */
    int failures() {
        return failures;
    }

    @Override
    public void close() {
        running = false;
        selector.wakeup();
        if (!inEngineThread()) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
