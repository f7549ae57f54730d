package dev.ipmi.testkit.refclient;

import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import dev.ipmi.testkit.ipmisim.IpmiSimUser;
import dev.ipmi.testkit.process.CommandResult;
import dev.ipmi.testkit.process.Commands;
import dev.ipmi.testkit.process.Executables;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * FreeIPMI's tools ({@code ipmi-sensors}, {@code ipmi-sel}, {@code ipmi-fru},
 * {@code ipmi-chassis}, {@code ipmi-power}, {@code ipmi-raw}, ...) pointed at one BMC as one
 * user over RMCP+. Immutable.
 *
 * <pre>{@code
 * CommandResult r = FreeIpmi.forBmc(bmc).run("ipmi-chassis", "--get-chassis-status");
 * }</pre>
 *
 * <p>Always passes {@code -W opensesspriv}: ipmi_sim echoes the requested privilege (0) in the
 * Open Session Response and FreeIPMI would otherwise give up with "privilege level cannot be
 * obtained for this user". Never use {@code ipmiconsole} against ipmi_sim: its Get Channel
 * Payload Support for channel 0Eh crashes the simulator.
 */
public final class FreeIpmi {
    /** The tools that keep an SDR cache and so get {@code --sdr-cache-directory}. */
    private static final Set<String> SDR_CACHE_TOOLS = Set.of("ipmi-sensors", "ipmi-sel", "ipmi-fru");
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    private final InetSocketAddress bmc;
    private final String user;
    private final String password;
    private final int cipherSuite;
    private final Path sdrCacheDirectory;
    private final Duration timeout;

    private FreeIpmi(InetSocketAddress bmc, String user, String password, int cipherSuite,
            Path sdrCacheDirectory, Duration timeout) {
        this.bmc = Objects.requireNonNull(bmc);
        this.user = Objects.requireNonNull(user);
        this.password = Objects.requireNonNull(password);
        this.cipherSuite = cipherSuite;
        this.sdrCacheDirectory = Objects.requireNonNull(sdrCacheDirectory);
        this.timeout = timeout;
    }

    /** As {@link IpmiSimUser#ADMIN}, cipher suite 3, the BMC's own SDR cache directory. */
    public static FreeIpmi forBmc(IpmiSimBmc bmc) {
        return of(bmc.address(), IpmiSimUser.ADMIN.name(), IpmiSimUser.ADMIN.password(), 3, bmc.freeIpmiSdrCache());
    }

    /**
     * Any BMC; {@code sdrCacheDirectory} must exist with mode 0700 (FreeIPMI refuses a more
     * open one).
     */
    public static FreeIpmi of(InetSocketAddress bmc, String user, String password, int cipherSuite,
            Path sdrCacheDirectory) {
        return new FreeIpmi(bmc, user, password, cipherSuite, sdrCacheDirectory, DEFAULT_TIMEOUT);
    }

    /** This client logged in as {@code u}. */
    public FreeIpmi withUser(IpmiSimUser u) {
        return new FreeIpmi(bmc, u.name(), u.password(), cipherSuite, sdrCacheDirectory, timeout);
    }

    /** This client with another cipher suite ({@code -I}). */
    public FreeIpmi withCipherSuite(int suite) {
        return new FreeIpmi(bmc, user, password, suite, sdrCacheDirectory, timeout);
    }

    /** This client with another timeout (20 s by default). */
    public FreeIpmi withTimeout(Duration d) {
        return new FreeIpmi(bmc, user, password, cipherSuite, sdrCacheDirectory, d);
    }

    /** The full command line of {@code tool args} (password included: pass it to a process only). */
    public List<String> command(Path executable, String tool, String... args) {
        List<String> argv = new ArrayList<>(List.of(executable.toString(),
                "-h", bmc.getHostString() + ":" + bmc.getPort(),
                "-u", user, "--password=" + password,
                "--driver-type=LAN_2_0", "-I", Integer.toString(cipherSuite),
                "-W", "opensesspriv"));
        if (SDR_CACHE_TOOLS.contains(tool)) {
            argv.add("--sdr-cache-directory=" + sdrCacheDirectory);
            argv.add("--quiet-cache");
        }
        argv.addAll(List.of(args));
        return argv;
    }

    /** Runs the FreeIPMI tool {@code tool} (e.g. {@code "ipmi-sensors"}) with {@code args}. */
    public CommandResult run(String tool, String... args) throws IOException {
        Path exe = Executables.require(tool);
        return Commands.run(timeout, command(exe, tool, args), Map.of(), new byte[0]);
    }

    @Override
    public String toString() {
        return "FreeIpmi[" + bmc.getHostString() + ":" + bmc.getPort() + " as " + user + ", -I " + cipherSuite + "]";
    }
}
