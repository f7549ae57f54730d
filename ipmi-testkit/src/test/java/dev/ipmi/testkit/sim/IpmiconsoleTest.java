package dev.ipmi.testkit.sim;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.testkit.junit.Prerequisites;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * FreeIPMI's {@code ipmiconsole} (which ipmi_sim cannot serve) against the simulated BMC:
 * host output reaches its stdout, its stdin reaches the host, its escape sequence
 * ({@code &.}) deactivates the payload. It needs a terminal: with plain pipes it activates
 * SOL, reads stdin and ACKs the BMC's characters but prints none of them, so it runs under
 * {@code script -q -c} (a pseudo-terminal; ipmiconsole puts it in raw mode, so typed text is
 * not echoed back into the output). libipmiconsole rejects ports
 * above 32767 ("hostname invalid"), below Linux's ephemeral range, so the BMC gets a port
 * from 20000-32767.
 */
class IpmiconsoleTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @ParameterizedTest(name = "ipmiconsole -I {0}")
    @ValueSource(ints = {3, 17})
    void textBothWays(int suite) throws Exception {
        Prerequisites prerequisites = Prerequisites.fromEnvironment();
        Path exe = prerequisites.executable("ipmiconsole");
        Path script = prerequisites.executable("script");
        try (SimulatedBmc bmc = startBelowPort32768()) {
            String command = String.join(" ", exe.toString(), "-h", "127.0.0.1:" + bmc.port(), "-u", "admin",
                    "-p", "adminpass", "-I", Integer.toString(suite), "--escape-char", "'&'");
            ProcessBuilder pb = new ProcessBuilder(List.of(script.toString(), "-q", "-c", command, "/dev/null"))
                    .redirectErrorStream(true);
            try (ConsoleProcess console = new ConsoleProcess(pb.start())) {
                assertTrue(bmc.sol().awaitActive(WAIT), console::output);
                bmc.sol().hostOutput().write("Ubuntu login: ".getBytes(US_ASCII));
                assertTrue(console.awaitOutput("Ubuntu login: ", WAIT), console::output);
                console.type("root\r");
                String typed = ConsoleProcess.awaitTyped(bmc.sol(), "root\r", WAIT);
                assertTrue(typed.endsWith("root\r"), typed);
                console.type("&.");
                assertTrue(console.awaitExit(WAIT), console::output);
                assertTrue(console.output().contains("[closing the connection]"), console::output);
                long end = System.nanoTime() + WAIT.toNanos();
                while (bmc.sol().isActive() && System.nanoTime() < end) {
                    Thread.sleep(10);
                }
                assertFalse(bmc.sol().isActive(), "ipmiconsole deactivated the payload");
            }
        }
    }

    private static SimulatedBmc startBelowPort32768() throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                return SimulatedBmc.newBuilder().port(ThreadLocalRandom.current().nextInt(20000, 32768)).start();
            } catch (BindException e) {
                if (attempt == 20) {
                    throw e;
                }
            }
        }
    }
}
