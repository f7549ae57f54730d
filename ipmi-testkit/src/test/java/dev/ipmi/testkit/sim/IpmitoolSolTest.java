package dev.ipmi.testkit.sim;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.testkit.junit.Prerequisites;
import dev.ipmi.testkit.refclient.Ipmitool;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code ipmitool sol activate} against the simulated BMC: both directions, then the ~. escape. */
class IpmitoolSolTest {

    @Test
    void solBothDirections() throws Exception {
        Prerequisites prerequisites = Prerequisites.fromEnvironment();
        try (SimulatedBmc bmc = SimulatedBmc.newBuilder().start()) {
            Ipmitool ipmitool = Ipmitool.lanplus(prerequisites.executable("ipmitool"), bmc.address(), "admin",
                    "adminpass", 3);
            Process p = ipmitool.start("sol", "activate");
            try {
                assertTrue(bmc.sol().awaitActive(Duration.ofSeconds(10)), "ipmitool activated SOL");
                bmc.sol().hostOutput().write("login: ".getBytes(US_ASCII));
                String seen = readUntil(p.getInputStream(), "login: ", Duration.ofSeconds(5));
                assertTrue(seen.contains("login: "), seen);

                OutputStream typed = p.getOutputStream();
                typed.write("root\r".getBytes(US_ASCII));
                typed.flush();
                byte[] got = new byte[5];
                InputStream host = bmc.sol().hostInput();
                int n = 0;
                long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                while (n < 5 && System.nanoTime() < end) {
                    if (host.available() > 0) {
                        n += host.read(got, n, 5 - n);
                    } else {
                        Thread.sleep(10);
                    }
                }
                assertEquals("root\r", new String(got, 0, n, US_ASCII));

                typed.write("~.".getBytes(US_ASCII));
                typed.flush();
                assertTrue(p.waitFor(10, TimeUnit.SECONDS), "ipmitool left SOL on ~.");
                long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                while (bmc.sol().isActive() && System.nanoTime() < until) {
                    Thread.sleep(10);
                }
                assertTrue(!bmc.sol().isActive(), "ipmitool deactivated the payload");
            } finally {
                p.destroyForcibly();
            }
        }
    }

    private static String readUntil(InputStream in, String wanted, Duration timeout) throws Exception {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end && !seen.toString(US_ASCII).contains(wanted)) {
            if (in.available() > 0) {
                seen.write(in.read());
            } else {
                Thread.sleep(10);
            }
        }
        return seen.toString(US_ASCII);
    }
}
