package dev.ipmi.lan.reliability;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A UDP relay between one client and one BMC that keeps a copy of every datagram the BMC sends
 * and can send datagrams to the client from the BMC's side: what an on-path attacker sees and
 * can forge. The client is given {@link #address()} as the BMC's address.
 */
final class CapturingRelay implements AutoCloseable {
    private final DatagramChannel channel;
    private final InetSocketAddress bmc;
    private final Thread thread;
    private final List<byte[]> fromBmc = new ArrayList<>();
    private final List<byte[]> fromClient = new ArrayList<>();
    private volatile SocketAddress client;
    private volatile UnaryOperator<byte[]> rewrite = UnaryOperator.identity();

    CapturingRelay(InetSocketAddress bmc) throws IOException {
        this.bmc = bmc;
        this.channel = DatagramChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
        this.thread = new Thread(this::run, "capturing-relay");
        thread.setDaemon(true);
        thread.start();
    }

    InetSocketAddress address() throws IOException {
        return (InetSocketAddress) channel.getLocalAddress();
    }

    /** Every datagram the BMC sent so far, oldest first. */
    synchronized List<byte[]> fromBmc() {
        return List.copyOf(fromBmc);
    }

    /** From now on, datagrams from the BMC are passed through {@code rewrite} (after capture) on their way to the client; null drops one. */
    void rewriteFromBmc(UnaryOperator<byte[]> rewrite) {
        this.rewrite = rewrite;
    }

    /** Every datagram the client sent so far, oldest first. */
    synchronized List<byte[]> fromClient() {
        return List.copyOf(fromClient);
    }

    /** Sends {@code datagram} to the client as if the BMC had sent it. */
    void injectToClient(byte[] datagram) throws IOException {
        channel.send(ByteBuffer.wrap(datagram), client);
    }

    private void run() {
        ByteBuffer buf = ByteBuffer.allocate(65_535);
        while (channel.isOpen()) {
            try {
                buf.clear();
                SocketAddress from = channel.receive(buf);
                buf.flip();
                byte[] copy = new byte[buf.remaining()];
                buf.get(copy);
                if (from.equals(bmc)) {
                    synchronized (this) {
                        fromBmc.add(copy);
                    }
                    byte[] out = client == null ? null : rewrite.apply(copy.clone());
                    if (out != null) {
                        channel.send(ByteBuffer.wrap(out), client);
                    }
                } else {
                    synchronized (this) {
                        fromClient.add(copy);
                    }
                    client = from;
                    channel.send(ByteBuffer.wrap(copy), bmc);
                }
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
