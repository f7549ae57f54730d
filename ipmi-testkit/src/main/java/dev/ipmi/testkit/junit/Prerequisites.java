package dev.ipmi.testkit.junit;

import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import dev.ipmi.testkit.process.Executables;
import dev.ipmi.testkit.refclient.FreeIpmi;
import dev.ipmi.testkit.refclient.Ipmitool;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * External programs a test needs. On a developer's machine a missing program <em>skips</em>
 * the test (a JUnit assumption); when the environment variable {@code CI} is {@code true}
 * (or {@code 1}) it <em>fails</em> it, so that a CI image without the tools cannot pass by
 * silently skipping every interop test.
 *
 * <pre>{@code
 * Ipmitool ipmitool = Prerequisites.fromEnvironment().ipmitool(bmc);   // skip or fail if absent
 * }</pre>
 */
public final class Prerequisites {
    /** The environment variable that turns skipping into failing. */
    public static final String CI_VARIABLE = "CI";

    /** The FreeIPMI tools {@link #freeIpmi(IpmiSimBmc)} checks for (Debian: freeipmi-tools). */
    public static final List<String> FREEIPMI_TOOLS =
            List.of("ipmi-sensors", "ipmi-sel", "ipmi-fru", "ipmi-chassis", "ipmi-power", "ipmi-raw");

    private final Function<String, String> environment;
    private final Function<String, Optional<Path>> lookup;

    private Prerequisites(Function<String, String> environment, Function<String, Optional<Path>> lookup) {
        this.environment = Objects.requireNonNull(environment);
        this.lookup = Objects.requireNonNull(lookup);
    }

    /** The real environment and {@link Executables#find(String)}. */
    public static Prerequisites fromEnvironment() {
        return new Prerequisites(System::getenv, Executables::find);
    }

    /**
     * Explicit environment and program lookup (each returns null / empty for "not set" /
     * "not installed"), for testing this class and for unusual installations.
     */
    public static Prerequisites of(Function<String, String> environment, Function<String, Optional<Path>> lookup) {
        return new Prerequisites(environment, lookup);
    }

    /** True when unmet prerequisites fail tests instead of skipping them. */
    public boolean failInsteadOfSkip() {
        String ci = environment.apply(CI_VARIABLE);
        return ci != null && (ci.trim().equalsIgnoreCase("true") || ci.trim().equals("1"));
    }

    /** The path of {@code name}; skips or fails the current test if it is not installed. */
    public Path executable(String name) {
        Optional<Path> p = lookup.apply(name);
        if (p.isEmpty()) {
            unmet(List.of(name));
        }
        return p.orElseThrow();
    }

    /** Skips or fails the current test unless every one of {@code names} is installed. */
    public void requireExecutables(List<String> names) {
        List<String> missing = new ArrayList<>();
        for (String n : names) {
            if (lookup.apply(n).isEmpty()) {
                missing.add(n);
            }
        }
        if (!missing.isEmpty()) {
            unmet(missing);
        }
    }

    /** Skips or fails unless ipmi_sim, sdrcomp and socat are installed. */
    public void requireIpmiSim() {
        requireExecutables(IpmiSimBmc.REQUIRED_EXECUTABLES);
    }

    /** ipmitool against {@code bmc} as admin over RMCP+ suite 3; skips or fails if absent. */
    public Ipmitool ipmitool(IpmiSimBmc bmc) {
        return Ipmitool.forBmc(executable("ipmitool"), bmc);
    }

    /** FreeIPMI against {@code bmc} as admin over RMCP+ suite 3; skips or fails if absent. */
    public FreeIpmi freeIpmi(IpmiSimBmc bmc) {
        requireExecutables(FREEIPMI_TOOLS);
        return FreeIpmi.forBmc(bmc);
    }

    private void unmet(List<String> missing) {
        String message = "not installed: " + String.join(", ", missing)
                + " (Debian: apt-get install openipmi ipmitool freeipmi-tools socat)";
        if (failInsteadOfSkip()) {
            Assertions.fail(message + "; " + CI_VARIABLE + "=true, so missing test peers fail the build");
        }
        Assumptions.abort(message + "; skipped (set " + CI_VARIABLE + "=true to fail instead)");
    }
}
