package dev.ipmi.testkit.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A UDP relay between one client and one BMC on loopback that drops, duplicates, reorders and
 * delays datagrams in both directions, for testing retransmission and sequence windows against
 * a real BMC. Reordering is done by holding a datagram back and releasing it after the next.
 */
public final class LossyUdpProxy implements AutoCloseable {
    private final DatagramChannel channel;
    private final InetSocketAddress bmc;
    private final double drop;
    private final double duplicate;
    private final double reorder;
    private final long maxDelayMillis;
    private final Random random;
    private final Thread thread;
    private final ScheduledExecutorService delayed = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lossy-proxy-delay");
        t.setDaemon(true);
        return t;
    });
    private volatile SocketAddress client;
    private volatile boolean running = true;
    private final List<Held> held = new ArrayList<>();
    public final AtomicLong dropped = new AtomicLong();
    public final AtomicLong duplicated = new AtomicLong();
    public final AtomicLong reordered = new AtomicLong();
    public final AtomicLong forwarded = new AtomicLong();

    private record Held(ByteBuffer data, SocketAddress to) {}

    /** Probabilities in [0,1]; delays uniformly up to {@code maxDelayMillis}. */
    public LossyUdpProxy(InetSocketAddress bmc, double drop, double duplicate, double reorder, long maxDelayMillis,
            long seed) throws IOException {
        this.bmc = bmc;
        this.drop = drop;
        this.duplicate = duplicate;
        this.reorder = reorder;
        this.maxDelayMillis = maxDelayMillis;
        this.random = new Random(seed);
        this.channel = DatagramChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
        this.thread = new Thread(this::run, "lossy-proxy");
        thread.setDaemon(true);
        thread.start();
    }

    /** Where the client should send: the proxy's address. */
    public InetSocketAddress address() throws IOException {
        return (InetSocketAddress) channel.getLocalAddress();
    }

    private void run() {
        ByteBuffer buf = ByteBuffer.allocate(65_535);
        while (running) {
            try {
                buf.clear();
                SocketAddress from = channel.receive(buf);
                buf.flip();
                ByteBuffer copy = ByteBuffer.allocate(buf.remaining()).put(buf).flip();
                SocketAddress to;
                if (from.equals(bmc)) {
                    to = client;
                    if (to == null) {
                        continue;
                    }
                } else {
                    client = from;
                    to = bmc;
                }
                relay(copy, to);
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private synchronized void relay(ByteBuffer data, SocketAddress to) {
        if (random.nextDouble() < drop) {
            dropped.incrementAndGet();
            return;
        }
        int copies = random.nextDouble() < duplicate ? 2 : 1;
        if (copies == 2) {
            duplicated.incrementAndGet();
        }
        if (random.nextDouble() < reorder && held.isEmpty()) {
            reordered.incrementAndGet();
            held.add(new Held(data, to)); // released after the next datagram, or soon if none comes
            delayed.schedule(this::releaseHeld, 30, TimeUnit.MILLISECONDS);
            return;
        }
        for (int i = 0; i < copies; i++) {
            forward(data.duplicate(), to);
        }
        for (Held h : held) {
            forward(h.data.duplicate(), h.to);
        }
        held.clear();
    }

    private synchronized void releaseHeld() {
        for (Held h : held) {
            forward(h.data.duplicate(), h.to);
        }
        held.clear();
    }

    private void forward(ByteBuffer data, SocketAddress to) {
        long delay = maxDelayMillis > 0 ? (long) (random.nextDouble() * maxDelayMillis) : 0;
        Runnable send = () -> {
            try {
                channel.send(data, to);
                forwarded.incrementAndGet();
            } catch (IOException ignored) {
                // closed while a delayed datagram was pending
            }
        };
        if (delay == 0) {
            send.run();
        } else {
            delayed.schedule(send, delay, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() throws IOException {
        running = false;
        delayed.shutdownNow();
        channel.close();
    }
}
