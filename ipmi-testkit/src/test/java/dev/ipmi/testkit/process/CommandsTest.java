package dev.ipmi.testkit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandsTest {

    @Test
    void capturesOutputExitCodeInputAndEnvironment() throws Exception {
        CommandResult r = Commands.run(Duration.ofSeconds(10),
                List.of("/bin/sh", "-c", "cat; echo \"$X\" >&2; exit 3"), Map.of("X", "from-env"),
                "from-stdin".getBytes(StandardCharsets.US_ASCII));
        assertEquals(3, r.exitCode());
        assertEquals("from-stdin", r.stdout());
        assertEquals("from-env\n", r.stderr());
        assertFalse(r.timedOut());
        assertFalse(r.succeeded());
    }

    @Test
    void killsAProgramThatOutlivesItsTimeout() throws Exception {
        long t0 = System.nanoTime();
        CommandResult r = Commands.run(Duration.ofMillis(200), List.of("/bin/sleep", "30"));
        assertTrue(r.timedOut());
        assertFalse(r.succeeded());
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(5).toNanos());
        assertTrue(r.toString().contains("TIMED OUT"), r.toString());
    }

    @Test
    void redactsPasswords() {
        assertEquals(List.of("ipmitool", "-P", "****", "-U", "admin", "--password=****", "-k", "****"),
                Commands.redact(List.of("ipmitool", "-P", "secret", "-U", "admin", "--password=secret", "-k", "kg")));
    }

    @Test
    void findsProgramsAndReportsMissingOnes() {
        assertTrue(Executables.find("sh").isPresent());
        assertTrue(Executables.find("/bin/sh").isPresent());
        assertTrue(Executables.find("ipmi-testkit-no-such-binary").isEmpty());
        assertEquals(List.of("ipmi-testkit-no-such-binary"), Executables.missing("sh", "ipmi-testkit-no-such-binary"));
        MissingExecutableException e = assertThrows(MissingExecutableException.class,
                () -> Executables.require("ipmi-testkit-no-such-binary"));
        assertEquals(List.of("ipmi-testkit-no-such-binary"), e.names());
    }
}
