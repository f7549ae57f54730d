package dev.ipmi.testkit.refclient;

import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import dev.ipmi.testkit.ipmisim.IpmiSimUser;
import dev.ipmi.testkit.process.CommandResult;
import dev.ipmi.testkit.process.Commands;
import dev.ipmi.testkit.process.Executables;
import dev.ipmi.testkit.process.MissingExecutableException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code ipmitool} pointed at one BMC as one user. Immutable; the {@code with...} methods
 * return changed copies.
 *
 * <pre>{@code
 * CommandResult r = Ipmitool.forBmc(bmc).run("mc", "info");
 * assertTrue(r.succeeded(), r::toString);
 * }</pre>
 *
 * <p>The password goes through the {@code IPMI_PASSWORD} environment variable ({@code -E}),
 * so it is not on the command line. RMCP+ always gets {@code -C <suite>}: without it ipmitool
 * first asks for the cipher suite list outside a session, which ipmi_sim never answers, and
 * every command costs 10 s more.
 */
public final class Ipmitool {
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    private final Path executable;
    private final InetSocketAddress bmc;
    private final String user;
    private final String password;
    private final List<String> sessionOptions;
    private final PrivilegeLevel privilege;
    private final Duration timeout;

    private Ipmitool(Path executable, InetSocketAddress bmc, String user, String password,
            List<String> sessionOptions, PrivilegeLevel privilege, Duration timeout) {
        this.executable = Objects.requireNonNull(executable);
        this.bmc = Objects.requireNonNull(bmc);
        this.user = Objects.requireNonNull(user);
        this.password = Objects.requireNonNull(password);
        this.sessionOptions = List.copyOf(sessionOptions);
        this.privilege = privilege;
        this.timeout = timeout;
    }

    /** RMCP+ ({@code -I lanplus -C 3}) as {@link IpmiSimUser#ADMIN}, ipmitool found on the PATH. */
    public static Ipmitool forBmc(IpmiSimBmc bmc) throws MissingExecutableException {
        return forBmc(Executables.require("ipmitool"), bmc);
    }

    /** RMCP+ ({@code -I lanplus -C 3}) as {@link IpmiSimUser#ADMIN} with the given executable. */
    public static Ipmitool forBmc(Path executable, IpmiSimBmc bmc) {
        return lanplus(executable, bmc.address(), IpmiSimUser.ADMIN.name(), IpmiSimUser.ADMIN.password(), 3);
    }

    /** RMCP+ ({@code -I lanplus -C cipherSuite}) to any BMC. */
    public static Ipmitool lanplus(Path executable, InetSocketAddress bmc, String user, String password,
            int cipherSuite) {
        return new Ipmitool(executable, bmc, user, password, lanplusOptions(cipherSuite), null, DEFAULT_TIMEOUT);
    }

    /** This client over RMCP+ with another cipher suite. */
    public Ipmitool withCipherSuite(int cipherSuite) {
        return new Ipmitool(executable, bmc, user, password, lanplusOptions(cipherSuite), privilege, timeout);
    }

    /**
     * This client over IPMI 1.5 ({@code -I lan -A authType}); {@code authType} is ipmitool's
     * spelling: {@code NONE}, {@code PASSWORD}, {@code MD5} ({@code MD2} needs an ipmitool
     * built with it; Debian's is not).
     */
    public Ipmitool withIpmi15(String authType) {
        return new Ipmitool(executable, bmc, user, password, List.of("-I", "lan", "-A", authType), privilege,
                timeout);
    }

    /** This client logged in as {@code u}. */
    public Ipmitool withUser(IpmiSimUser u) {
        return withUser(u.name(), u.password());
    }

    /** This client logged in as {@code name}/{@code password}. */
    public Ipmitool withUser(String name, String password) {
        return new Ipmitool(executable, bmc, name, password, sessionOptions, privilege, timeout);
    }

    /** This client asking for a session privilege level ({@code -L}); ipmitool's default is ADMINISTRATOR. */
    public Ipmitool withPrivilege(PrivilegeLevel level) {
        return new Ipmitool(executable, bmc, user, password, sessionOptions, level, timeout);
    }

    /** This client with another timeout for {@link #run(String...)} (20 s by default). */
    public Ipmitool withTimeout(Duration timeout) {
        return new Ipmitool(executable, bmc, user, password, sessionOptions, privilege, timeout);
    }

    /** The full command line for {@code args} (without the password). */
    public List<String> command(String... args) {
        List<String> argv = new ArrayList<>(List.of(executable.toString()));
        argv.addAll(sessionOptions);
        argv.addAll(List.of("-H", bmc.getHostString(), "-p", Integer.toString(bmc.getPort()),
                "-U", user, "-E",
                // one retransmission after 1 s: a lost reply shows up quickly instead of after 10 s
                "-N", "1", "-R", "2"));
        if (privilege != null) {
            argv.addAll(List.of("-L", privilege.name()));
        }
        argv.addAll(List.of(args));
        return argv;
    }

    /** Runs {@code ipmitool <session options> args} to completion (or its timeout). */
    public CommandResult run(String... args) throws IOException {
        return Commands.run(timeout, command(args), environment(), new byte[0]);
    }

    /**
     * Starts {@code ipmitool <session options> args} and leaves it running, for interactive
     * commands such as {@code sol activate}: write to its stdin, read its stdout (stderr is
     * merged into it). The caller must end it, e.g. with {@link Commands#stop(Process)}.
     */
    public Process start(String... args) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command(args)).redirectErrorStream(true);
        pb.environment().putAll(environment());
        return pb.start();
    }

    private Map<String, String> environment() {
        return Map.of("IPMI_PASSWORD", password);
    }

    private static List<String> lanplusOptions(int cipherSuite) {
        if (cipherSuite < 0 || cipherSuite > 255) {
            throw new IllegalArgumentException("cipher suite " + cipherSuite);
        }
        return List.of("-I", "lanplus", "-C", Integer.toString(cipherSuite));
    }

    @Override
    public String toString() {
        return "Ipmitool[" + String.join(" ", command()) + "]";
    }
}
