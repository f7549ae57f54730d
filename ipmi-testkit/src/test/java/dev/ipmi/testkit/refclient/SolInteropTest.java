package dev.ipmi.testkit.refclient;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import dev.ipmi.testkit.junit.Prerequisites;
import dev.ipmi.testkit.junit.RequiresIpmiSim;
import dev.ipmi.testkit.process.CommandResult;
import dev.ipmi.testkit.process.Commands;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Serial-over-LAN through the BMC's pty pair with {@code ipmitool sol activate} as the
 * client, driven through its stdin: host output reaches the client, typed text reaches the
 * host, and {@code ~.} ends the session and releases the payload.
 */
class SolInteropTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    @RequiresIpmiSim
    void bothDirections(IpmiSimBmc bmc) throws Exception {
        Ipmitool ipmitool = Prerequisites.fromEnvironment().ipmitool(bmc);
        StringBuffer hostReceived = new StringBuffer();
        StringBuffer clientScreen = new StringBuffer();
        try (InputStream hostIn = new FileInputStream(bmc.hostTty().toFile());
                OutputStream hostOut = new FileOutputStream(bmc.hostTty().toFile())) {
            // Ends when close() kills socat: the pty then reports end of file or EIO.
            collect("host-tty reader", hostIn, hostReceived);
            Process sol = ipmitool.start("sol", "activate");
            try {
                collect("sol client reader", sol.getInputStream(), clientScreen);
                OutputStream keyboard = sol.getOutputStream();
                // ipmitool's banner sits in its stdio buffer (stdout is a pipe): ask the BMC.
                awaitPayloadActive(ipmitool, true);

                // ipmi_sim may swallow the first packet of an activation (stale sequence
                // number, IPMI_SIM.md): send a throw-away character first.
                type(keyboard, "#");
                type(keyboard, "from-console\r");
                awaitText(hostReceived, "from-console\r");

                hostOut.write("login: from-host\r\n".getBytes(StandardCharsets.US_ASCII));
                hostOut.flush();
                awaitText(clientScreen, "login: from-host");

                type(keyboard, "~.");
                assertTrue(sol.waitFor(WAIT.toMillis(), TimeUnit.MILLISECONDS), "ipmitool left SOL on ~.");
                awaitPayloadActive(ipmitool, false);
            } finally {
                Commands.stop(sol);
            }
        }
    }

    /** Get Payload Activation Status (IPMI v2.0 section 24.4) for SOL: {@code 01 01 00} = instance 1 active. */
    private static void awaitPayloadActive(Ipmitool ipmitool, boolean active) throws IOException {
        String want = active ? " 01 01 00" : " 01 00 00";
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            CommandResult r = ipmitool.run("raw", "0x06", "0x4a", "0x01");
            if (r.stdout().startsWith(want)) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, () -> "SOL payload never " + (active ? "active" : "released")
                    + ": " + r);
            pause(50);
        }
    }

    private static void type(OutputStream keyboard, String text) throws IOException {
        keyboard.write(text.getBytes(StandardCharsets.US_ASCII));
        keyboard.flush();
        pause(300); // ipmitool batches input; let each piece go out as its own SOL packet
    }

    private static void collect(String name, InputStream in, StringBuffer sink) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[512];
            try {
                for (int n; (n = in.read(buf)) > 0; ) {
                    sink.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
                }
            } catch (IOException ignored) {
                // the other side went away: the test is over
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }

    private static void awaitText(StringBuffer sink, String text) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (sink.indexOf(text) < 0) {
            assertTrue(System.nanoTime() < deadline, () -> "no '" + text.strip() + "' within " + WAIT + " in:\n" + sink);
            pause(20);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
