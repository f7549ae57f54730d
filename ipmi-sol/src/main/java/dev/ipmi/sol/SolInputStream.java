package dev.ipmi.sol;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;

/**
 * The console's output as a blocking {@link InputStream}: pass it as the listener, read from it.
 * It requests more from the console only as it is read, so a slow reader makes the console NACK
 * the BMC rather than buffer without bound. Events go to {@code events} (if given); {@link #read}
 * returns -1 once the console ended and everything was read.
 *
 * <pre>{@code
 * SolInputStream in = new SolInputStream(eventLogger);
 * SolConsole console = SolConsole.open(session, SolOptions.defaults(), in).join();
 * in.transferTo(System.out);
 * }</pre>
 */
public final class SolInputStream extends InputStream implements SolListener {
    private final SolListener events;
    private final ArrayDeque<ByteBuffer> chunks = new ArrayDeque<>();
    private SolConsole console;
    private boolean ended;

    /** @param events receives onEvent / onError / onClose too; may be {@code null} */
    public SolInputStream(SolListener events) {
        this.events = events;
    }

    @Override
    public synchronized void onOpen(SolConsole c) {
        console = c;
        c.request(1);
        if (events != null) {
            events.onOpen(c);
        }
    }

    @Override
    public synchronized void onData(SolConsole c, ByteBuffer data) {
        chunks.add(data);
        notifyAll();
    }

    @Override
    public void onEvent(SolConsole c, SolEvent event) {
        if (events != null) {
            events.onEvent(c, event);
        }
    }

    @Override
    public void onError(SolConsole c, Throwable error) {
        if (events != null) {
            events.onError(c, error);
        }
    }

    @Override
    public void onClose(SolConsole c) {
        synchronized (this) {
            ended = true;
            notifyAll();
        }
        if (events != null) {
            events.onClose(c);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        try {
            while (chunks.isEmpty() && !ended) {
                wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading the SOL console");
        }
        ByteBuffer head = chunks.peek();
        if (head == null) {
            return -1;
        }
        int n = Math.min(len, head.remaining());
        head.get(b, off, n);
        if (!head.hasRemaining()) {
            chunks.poll();
            if (console != null && !ended) {
                console.request(1);
            }
        }
        return n;
    }

    @Override
    public synchronized int available() {
        return chunks.isEmpty() ? 0 : chunks.peek().remaining();
    }

    @Override
    public void close() {
        SolConsole c;
        synchronized (this) {
            c = console;
        }
        if (c != null) {
            c.close();
        }
    }
}
