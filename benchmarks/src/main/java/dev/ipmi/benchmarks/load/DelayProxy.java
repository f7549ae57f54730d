package dev.ipmi.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback UDP relay to one BMC that delays every datagram by a fixed time in each
 * direction, as a WAN link would: the round trip grows by twice the delay, nothing is lost or
 * reordered. Any number of clients (each its own source port, e.g. one ipmitool process each)
 * get their own upstream socket, so the BMC sees them as distinct peers.
 */
final class DelayProxy implements AutoCloseable {
    private final InetSocketAddress bmc;
    private final long delayNanos;
    private final Selector selector;
    private final DatagramChannel front;
    private final Map<SocketAddress, DatagramChannel> upstreams = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "delay-proxy-send"));
    private final Thread thread;
    private final AtomicLong relayed = new AtomicLong();
    private volatile boolean running = true;

    DelayProxy(InetSocketAddress bmc, Duration oneWayDelay) throws IOException {
        this.bmc = bmc;
        this.delayNanos = oneWayDelay.toNanos();
        this.selector = Selector.open();
        this.front = DatagramChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        front.configureBlocking(false);
        front.register(selector, SelectionKey.OP_READ, null);
        this.thread = daemon(this::loop, "delay-proxy");
        thread.start();
    }

    /** Where clients send instead of to the BMC. */
    InetSocketAddress address() throws IOException {
        return (InetSocketAddress) front.getLocalAddress();
    }

    /** Datagrams relayed so far, both directions. */
    long relayed() {
        return relayed.get();
    }

    private void loop() {
        ByteBuffer buf = ByteBuffer.allocate(65536);
        try {
            while (running) {
                selector.select();
                for (SelectionKey key : selector.selectedKeys()) {
                    DatagramChannel ch = (DatagramChannel) key.channel();
                    SocketAddress client = (SocketAddress) key.attachment();
                    SocketAddress from;
                    while ((from = ch.receive(buf.clear())) != null) {
                        byte[] copy = new byte[buf.flip().remaining()];
                        buf.get(copy);
                        if (client == null) {
                            DatagramChannel up = upstream(from);
                            later(() -> up.send(ByteBuffer.wrap(copy), bmc));
                        } else {
                            later(() -> front.send(ByteBuffer.wrap(copy), client));
                        }
                    }
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            if (running) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private DatagramChannel upstream(SocketAddress client) throws IOException {
        DatagramChannel up = upstreams.get(client);
        if (up == null) {
            up = DatagramChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            up.configureBlocking(false);
            up.register(selector, SelectionKey.OP_READ, client);
            upstreams.put(client, up);
        }
        return up;
    }

    /** Same delay for every datagram, so the scheduler's FIFO tie-break keeps them in order. */
    private void later(IoAction send) {
        scheduler.schedule(() -> {
            try {
                send.run();
                relayed.incrementAndGet();
            } catch (IOException e) {
                // the peer went away; a real link would drop it too
            }
        }, delayNanos, TimeUnit.NANOSECONDS);
    }

    @FunctionalInterface
    private interface IoAction {
        void run() throws IOException;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() throws IOException {
        running = false;
        selector.wakeup();
        scheduler.shutdownNow();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (DatagramChannel up : upstreams.values()) {
            up.close();
        }
        front.close();
        selector.close();
    }
}
