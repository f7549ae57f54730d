package dev.ipmi.testkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Skip on a developer's machine, fail on CI: without touching the real PATH or environment. */
class PrerequisitesTest {
    private static final Path FAKE = Path.of("/opt/fake/bin/ipmitool");
    private static final Function<String, Optional<Path>> ONLY_IPMITOOL =
            name -> name.equals("ipmitool") ? Optional.of(FAKE) : Optional.empty();

    @Test
    void missingProgramSkipsWithoutCi() {
        Prerequisites p = Prerequisites.of(Map.<String, String>of()::get, ONLY_IPMITOOL);
        TestAbortedException e = assertThrows(TestAbortedException.class, p::requireIpmiSim);
        assertTrue(e.getMessage().contains("ipmi_sim, sdrcomp, socat"), e.getMessage());
    }

    @Test
    void missingProgramFailsOnCi() {
        Prerequisites p = Prerequisites.of(Map.of("CI", "true")::get, ONLY_IPMITOOL);
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> p.executable("no-such-ipmi-tool"));
        assertTrue(e.getMessage().contains("no-such-ipmi-tool"), e.getMessage());
        assertThrows(AssertionFailedError.class, p::requireIpmiSim);
    }

    @Test
    void realLookupOfAMissingNameFailsOnCi() {
        Prerequisites p = Prerequisites.of(Map.of("CI", "true")::get,
                dev.ipmi.testkit.process.Executables::find);
        assertThrows(AssertionFailedError.class, () -> p.requireExecutables(List.of("ipmi-testkit-no-such-binary")));
    }

    @Test
    void presentProgramPassesEitherWay() {
        for (String ci : new String[] {"true", "false"}) {
            Prerequisites p = Prerequisites.of(Map.of("CI", ci)::get, ONLY_IPMITOOL);
            assertEquals(FAKE, p.executable("ipmitool"));
            p.requireExecutables(List.of("ipmitool"));
        }
    }

    @ParameterizedTest
    @CsvSource({"true, true", "TRUE, true", "1, true", "false, false", "0, false", "'', false", "yes, false"})
    void ciVariable(String value, boolean strict) {
        assertEquals(strict, Prerequisites.of(Map.of("CI", value)::get, ONLY_IPMITOOL).failInsteadOfSkip());
    }

    @Test
    void unsetCiSkips() {
        assertFalse(Prerequisites.of(name -> null, ONLY_IPMITOOL).failInsteadOfSkip());
    }
}
