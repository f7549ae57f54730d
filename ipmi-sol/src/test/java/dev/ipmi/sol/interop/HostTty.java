package dev.ipmi.sol.interop;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The managed host's side of ipmi_sim's SOL serial port: what the console typed, and a way to print. */
final class HostTty implements AutoCloseable {
    private final InputStream in;
    private final OutputStream out;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();

    HostTty(IpmiSimBmc bmc) throws IOException {
        in = new FileInputStream(bmc.hostTty().toFile());
        out = new FileOutputStream(bmc.hostTty().toFile());
        Thread t = new Thread(() -> {
            byte[] buf = new byte[4096];
            try {
                for (int n; (n = in.read(buf)) > 0; ) {
                    synchronized (received) {
                        received.write(buf, 0, n);
                    }
                }
            } catch (IOException ignored) {
                // socat went away with the BMC: the test is over
            }
        }, "host-tty reader");
        t.setDaemon(true);
        t.start();
    }

    void print(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    String received() {
        synchronized (received) {
            return received.toString(StandardCharsets.ISO_8859_1);
        }
    }

    void clear() {
        synchronized (received) {
            received.reset();
        }
    }

    void awaitReceived(String text, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!received().contains(text)) {
            assertTrue(System.nanoTime() < deadline, () -> "host tty never got " + text.length() + " chars; has "
                    + received().length() + ": " + received());
            Thread.sleep(10);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
        in.close();
    }
}
