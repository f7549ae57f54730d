package dev.ipmi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import dev.ipmi.testkit.junit.Prerequisites;
import dev.ipmi.testkit.junit.RequiresIpmiSim;
import dev.ipmi.testkit.process.CommandResult;
import dev.ipmi.testkit.process.Commands;
import dev.ipmi.testkit.refclient.Ipmitool;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code ipmi sol} against ipmi_sim: text both ways through its pty, and ipmitool stealing the console. */
@RequiresIpmiSim(perTest = true)
class IpmiSimSolTest {

    private static Cli.Running sol(IpmiSimBmc bmc, InputStream stdin) {
        return Cli.start(stdin, "-H", bmc.host() + ":" + bmc.port(), "-U", "admin", "-P", "adminpass", "-C", "3", "sol");
    }

    /** Get Payload Activation Status for SOL (IPMI v2.0 24.4): " 01 01 00" = instance 1 active. */
    private static void awaitActive(Ipmitool ipmitool) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            CommandResult r = ipmitool.run("raw", "0x06", "0x4a", "0x01");
            if (r.stdout().startsWith(" 01 01 00")) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, "SOL never became active: " + r);
            Thread.sleep(100);
        }
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
            Thread.sleep(20);
        }
    }

    @Test
    void textBothWays(IpmiSimBmc bmc) throws Exception {
        Ipmitool ipmitool = Prerequisites.fromEnvironment().ipmitool(bmc);
        StringBuffer atHost = new StringBuffer();
        try (PipedOutputStream keyboard = new PipedOutputStream();
             PipedInputStream stdin = new PipedInputStream(keyboard);
             InputStream hostIn = new FileInputStream(bmc.hostTty().toFile());
             OutputStream hostOut = new FileOutputStream(bmc.hostTty().toFile())) {
            Thread reader = new Thread(() -> {
                byte[] buf = new byte[256];
                try {
                    for (int n; (n = hostIn.read(buf)) > 0; ) {
                        atHost.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
                    }
                } catch (java.io.IOException e) {
                    // the BMC went away
                }
            });
            reader.setDaemon(true);
            reader.start();
            Cli.Running r = sol(bmc, stdin);
            awaitActive(ipmitool);
            // ipmi_sim may drop the first packet of an activation (IPMI_SIM.md): a throw-away character first.
            keyboard.write("#".getBytes(StandardCharsets.US_ASCII));
            keyboard.flush();
            Thread.sleep(300);
            keyboard.write("from-console\r".getBytes(StandardCharsets.US_ASCII));
            keyboard.flush();
            await("typed text at the host", () -> atHost.indexOf("from-console\r") >= 0);
            hostOut.write("login: from-host\r\n".getBytes(StandardCharsets.US_ASCII));
            hostOut.flush();
            await("host text on stdout", () -> r.outSoFar().contains("login: from-host"));
            keyboard.write("\r~.".getBytes(StandardCharsets.US_ASCII));
            keyboard.flush();
            Cli c = r.await(10);
            assertEquals(0, c.status(), c::toString);
        }
    }

    @Test
    void ipmitoolStealsTheConsole(IpmiSimBmc bmc) throws Exception {
        Ipmitool ipmitool = Prerequisites.fromEnvironment().ipmitool(bmc);
        try (PipedOutputStream keyboard = new PipedOutputStream();
             PipedInputStream stdin = new PipedInputStream(keyboard)) {
            Cli.Running r = sol(bmc, stdin);
            awaitActive(ipmitool);
            CommandResult off = ipmitool.run("sol", "deactivate");
            assertTrue(off.succeeded(), off::toString);
            Process thief = ipmitool.start("sol", "activate");
            try {
                Cli c = r.await(20);
                assertEquals(3, c.status(), c::toString);
                assertTrue(c.err().startsWith("sol: console stolen by session 0x"), c::toString);
                assertEquals(1, c.err().strip().lines().count(), c::toString);
                assertTrue(thief.isAlive(), "the tool did not take the console back from ipmitool");
            } finally {
                Commands.stop(thief);
            }
        }
    }
}
