package dev.ipmi.testkit.sim;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.testkit.junit.Prerequisites;
import dev.ipmi.testkit.process.CommandResult;
import dev.ipmi.testkit.refclient.Ipmitool;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A second ipmitool session ends or takes over the SOL console a first {@code ipmitool sol
 * activate} holds, for each {@link SolStealing} mode, and what the first ipmitool (1.8.19)
 * then shows. ipmitool ignores the "SOL deactivating" status bit, so with
 * {@code DEACTIVATING_BIT} and {@code STEAL_ON_ACTIVATE} it notices only when its next
 * characters go unanswered; with {@code SILENT} that happens at once.
 */
class IpmitoolSolStealingTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String CLOSED = "SOL session closed by BMC";

    @ParameterizedTest(name = "{0}")
    @EnumSource(SolStealing.class)
    void secondSessionEndsTheFirstOnesConsole(SolStealing mode) throws Exception {
        Prerequisites prerequisites = Prerequisites.fromEnvironment();
        try (SimulatedBmc bmc = SimulatedBmc.newBuilder().solStealing(mode).start()) {
            Ipmitool ipmitool = Ipmitool.lanplus(prerequisites.executable("ipmitool"), bmc.address(), "admin",
                    "adminpass", 3);
            try (ConsoleProcess first = new ConsoleProcess(ipmitool.start("sol", "activate"))) {
                assertTrue(bmc.sol().awaitActive(Duration.ofSeconds(10)), "first ipmitool activated SOL");
                bmc.sol().hostOutput().write("login: ".getBytes(US_ASCII));
                assertTrue(first.awaitOutput("login: ", WAIT), first::output);
                first.type("root\r");
                String typed = ConsoleProcess.awaitTyped(bmc.sol(), "root\r", WAIT);
                assertTrue(typed.endsWith("root\r"), typed);

                if (mode == SolStealing.STEAL_ON_ACTIVATE) {
                    try (ConsoleProcess second = new ConsoleProcess(ipmitool.start("sol", "activate"))) {
                        assertTrue(awaitOwnerChange(bmc, bmc.solOwnerSessionId()), "second ipmitool took SOL over");
                        bmc.sol().hostOutput().write("# ".getBytes(US_ASCII));
                        assertTrue(second.awaitOutput("# ", WAIT), second::output);
                        assertFalse(first.output().contains("# "), first::output);
                        robbedConsoleNoticesOnlyOnSecondWrite(bmc, first);
                    }
                } else {
                    CommandResult deactivate = ipmitool.run("sol", "deactivate");
                    assertTrue(deactivate.succeeded(), deactivate::toString);
                    assertFalse(bmc.sol().isActive(), "payload released by the second session");
                    if (mode == SolStealing.SILENT) {
                        first.type("more\r");
                        assertTrue(first.awaitExit(Duration.ofSeconds(10)), first::output);
                        assertTrue(first.output().contains("Error sending SOL data: FAIL"), first::output);
                        assertTrue(first.output().contains(CLOSED), first::output);
                        assertFalse(bmc.sol().drainTyped().contains("more"));
                    } else {
                        robbedConsoleNoticesOnlyOnSecondWrite(bmc, first);
                    }
                }
            }
        }
    }

    /**
     * The first write after losing the console is answered with NACK + "deactivating", which
     * ipmitool takes as an answer and ignores; the next one goes unanswered and ipmitool gives up.
     */
    private static void robbedConsoleNoticesOnlyOnSecondWrite(SimulatedBmc bmc, ConsoleProcess first)
            throws Exception {
        first.type("more\r");
        Thread.sleep(1500);
        assertTrue(first.isAlive(), first::output);
        first.type("again\r");
        assertTrue(first.awaitExit(Duration.ofSeconds(10)), first::output);
        assertTrue(first.output().contains(CLOSED), first::output);
        String typed = bmc.sol().drainTyped();
        assertFalse(typed.contains("more") || typed.contains("again"), typed);
    }

    private static boolean awaitOwnerChange(SimulatedBmc bmc, int before) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < end) {
            int now = bmc.solOwnerSessionId();
            if (now != 0 && now != before) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }
}
