package dev.ipmi.testkit.sim;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The managed host's side of the simulated serial port behind Serial-over-LAN (IPMI v2.0
 * chapter 15): what the test writes to {@link #hostOutput()} appears in the SOL client, what
 * the client types can be read from {@link #hostInput()}. Host output written while no SOL
 * payload is active is discarded, like a serial port nobody listens to (and like ipmi_sim).
 *
 * <pre>{@code
 * SolConsole sol = bmc.sol();
 * sol.awaitActive(Duration.ofSeconds(5));
 * sol.hostOutput().write("login: ".getBytes(US_ASCII));
 * int typed = sol.hostInput().read();
 * }</pre>
 */
public final class SolConsole {
    private final Object lock = new Object();
    private final ByteArrayOutputStream toConsole = new ByteArrayOutputStream();
    private final ByteArrayOutputStream fromConsole = new ByteArrayOutputStream();
    private int fromConsoleRead;
    private boolean active;
    private int breaks;
    private Runnable wakeBmc = () -> { };
    private Runnable deactivator = () -> { };

    private final OutputStream output = new OutputStream() {
        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (lock) {
                if (!active) {
                    return;
                }
                toConsole.write(b, off, len);
            }
            wakeBmc.run();
        }
    };

    private final InputStream input = new InputStream() {
        @Override
        public int read() throws InterruptedIOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws InterruptedIOException {
            if (len == 0) {
                return 0;
            }
            synchronized (lock) {
                while (fromConsole.size() == fromConsoleRead) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException();
                    }
                }
                byte[] all = fromConsole.toByteArray();
                int n = Math.min(len, all.length - fromConsoleRead);
                System.arraycopy(all, fromConsoleRead, b, off, n);
                fromConsoleRead += n;
                return n;
            }
        }

        @Override
        public int available() {
            synchronized (lock) {
                return fromConsole.size() - fromConsoleRead;
            }
        }
    };

    SolConsole() {}

    void bind(Runnable wakeBmc, Runnable deactivator) {
        this.wakeBmc = wakeBmc;
        this.deactivator = deactivator;
    }

    /** Host console output: bytes written here are sent to the active SOL client. */
    public OutputStream hostOutput() {
        return output;
    }

    /** What the SOL client typed, in order; {@code read} blocks until something arrives. */
    public InputStream hostInput() {
        return input;
    }

    /** Everything the SOL client typed so far that {@link #hostInput()} has not returned, without blocking. */
    public String drainTyped() {
        synchronized (lock) {
            byte[] all = fromConsole.toByteArray();
            String s = new String(all, fromConsoleRead, all.length - fromConsoleRead, java.nio.charset.StandardCharsets.ISO_8859_1);
            fromConsoleRead = all.length;
            return s;
        }
    }

    /** How many break requests the SOL client sent. */
    public int breakCount() {
        synchronized (lock) {
            return breaks;
        }
    }

    /** Whether some session has the SOL payload activated. */
    public boolean isActive() {
        synchronized (lock) {
            return active;
        }
    }

    /** Waits until a SOL payload is active; false on timeout. */
    public boolean awaitActive(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (!active) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            return true;
        }
    }

    /** The BMC ends the SOL payload itself: the owner gets a packet with the "deactivating" bit. */
    public void deactivate() {
        deactivator.run();
    }

    // ---------------------------------------------------------------- BMC side

    void setActive(boolean on) {
        synchronized (lock) {
            active = on;
            if (!on) {
                toConsole.reset();
            }
            lock.notifyAll();
        }
    }

    /** Takes up to {@code max} bytes of pending host output. */
    byte[] takeOutput(int max) {
        synchronized (lock) {
            byte[] all = toConsole.toByteArray();
            int n = Math.min(max, all.length);
            byte[] r = new byte[n];
            System.arraycopy(all, 0, r, 0, n);
            toConsole.reset();
            toConsole.write(all, n, all.length - n);
            return r;
        }
    }

    /** Bytes of host output waiting to be sent. */
    int pendingOutput() {
        synchronized (lock) {
            return toConsole.size();
        }
    }

    boolean hasOutput() {
        synchronized (lock) {
            return toConsole.size() > 0;
        }
    }

    void typed(byte[] b, int off, int len, boolean breakRequested) {
        synchronized (lock) {
            fromConsole.write(b, off, len);
            if (breakRequested) {
                breaks++;
            }
            lock.notifyAll();
        }
    }
}
