package dev.ipmi.testkit.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void parsesOptionsAndPrintsPortAndUsers() throws Exception {
        SimulatedBmc.Builder b = Main.parse(new String[] {"--no-testbed-users", "--user", "7:alice:secret:operator",
            "--suites", "3,17", "--powered-off", "--idle-timeout", "5", "--satellite", "0x72"});
        try (SimulatedBmc bmc = b.start()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Main.describe(bmc, new PrintStream(out, true, StandardCharsets.UTF_8));
            String text = out.toString(StandardCharsets.UTF_8);
            assertTrue(text.startsWith("BMC_PORT=" + bmc.port() + "\n"), text);
            assertTrue(text.contains("user 7 alice password secret OPERATOR"), text);
            assertEquals(1, bmc.users().size());
            assertTrue(!bmc.isPowerOn());
        }
    }

    @Test
    void rejectsBadOptions() {
        assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--frobnicate"}));
        assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--port"}));
        assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--user", "1:x"}));
        assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--suites", "3,42"}));
        assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--satellite", "0x20"}));
    }
}
