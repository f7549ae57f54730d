package dev.ipmi.sol;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A listener for tests: keeps every byte and event, with waits that fail with what was seen. */
public class Recorder implements SolListener {
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();
    public final List<SolEvent> events = new CopyOnWriteArrayList<>();
    public final CountDownLatch closed = new CountDownLatch(1);
    public final List<Throwable> errors = new CopyOnWriteArrayList<>();
    public volatile int opens;

    @Override
    public void onOpen(SolConsole console) {
        opens++;
        console.request(1);
    }

    @Override
    public void onData(SolConsole console, ByteBuffer bytes) {
        synchronized (data) {
            data.write(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        }
        console.request(1);
    }

    @Override
    public void onEvent(SolConsole console, SolEvent event) {
        events.add(event);
    }

    @Override
    public void onClose(SolConsole console) {
        closed.countDown();
    }

    @Override
    public void onError(SolConsole console, Throwable error) {
        errors.add(error);
    }

    public byte[] bytes() {
        synchronized (data) {
            return data.toByteArray();
        }
    }

    public String text() {
        return new String(bytes(), StandardCharsets.ISO_8859_1);
    }

    public void awaitBytes(int n, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (bytes().length < n) {
            assertTrue(System.nanoTime() < deadline, () -> "got " + bytes().length + " of " + n + " bytes; events " + events);
            Thread.sleep(10);
        }
    }

    public void awaitText(String text, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!text().contains(text)) {
            assertTrue(System.nanoTime() < deadline, () -> "no '" + text.strip() + "' in: " + text());
            Thread.sleep(10);
        }
    }

    @SuppressWarnings("unchecked")
    public <E extends SolEvent> E awaitEvent(Class<E> type, Duration wait) throws InterruptedException {
        return (E) awaitEvent(type::isInstance, wait, type.getSimpleName());
    }

    public SolEvent awaitEvent(Predicate<SolEvent> p, Duration wait, String what) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            for (SolEvent e : events) {
                if (p.test(e)) {
                    return e;
                }
            }
            assertTrue(System.nanoTime() < deadline, () -> "no " + what + " within " + wait + "; events " + events);
            Thread.sleep(10);
        }
    }

    public boolean awaitClosed(Duration wait) throws InterruptedException {
        return closed.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }
}
