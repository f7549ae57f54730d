package dev.ipmi.testkit.ipmisim;

import dev.ipmi.testkit.process.CommandResult;
import dev.ipmi.testkit.process.Commands;
import dev.ipmi.testkit.process.Executables;
import dev.ipmi.testkit.process.MissingExecutableException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real BMC for tests: OpenIPMI's {@code ipmi_sim} on {@code 127.0.0.1}, with the users,
 * sensors, SDRs, SEL, FRU, chassis power hook and Serial-over-LAN described in
 * {@code IPMI_SIM.md} beside this module's pom.
 *
 * <pre>{@code
 * try (IpmiSimBmc bmc = IpmiSimBmc.start()) {
 *     // talk IPMI to bmc.address() as IpmiSimUser.ADMIN
 *     bmc.console("sensor_set_value 0x20 0 1 90 1");   // CPU Temp 90 C, plus a SEL event
 *     Files.readString(bmc.powerFile());                // "1\n" or "0\n"
 * }
 * }</pre>
 *
 * <p>Each instance gets a fresh temporary work directory (so it always starts from the same
 * state), its own UDP port and its own SOL pty pair made by {@code socat}; any number can run
 * at once. {@link #close()} stops both processes (SIGTERM, then SIGKILL) and deletes the work
 * directory. The processes never outlive the JVM (see {@code Children}). Needs
 * {@code ipmi_sim} and {@code sdrcomp} (Debian package {@code openipmi}) and {@code socat};
 * without them {@link #start()} throws {@link MissingExecutableException}.
 *
 * <p>Work directory layout: {@code lan.conf}, {@code conf/} (emulator file, SDR source,
 * chassis hook), {@code state/} (compiled SDRs), {@code power}, {@code boot},
 * {@code chassis.log}, {@code ipmi_sim.log}, {@code socat.log}, {@code host-tty},
 * {@code freeipmi-sdr-cache/}.
 */
public final class IpmiSimBmc implements AutoCloseable {
    /** The address the BMC listens on; it never binds anything else. */
    public static final String HOST = "127.0.0.1";

    /** The programs {@link #start()} needs. */
    public static final List<String> REQUIRED_EXECUTABLES = List.of("ipmi_sim", "sdrcomp", "socat");

    private static final Logger LOG = LoggerFactory.getLogger(IpmiSimBmc.class);
    private static final String RESOURCES = "/dev/ipmi/testkit/ipmisim/";
    private static final List<String> CONF_FILES =
            List.of("testbed.emu", "testbed.sdrs", "chassis-control.sh", "gen-fru.py");
    private static final String BMC_NAME = "testbmc"; // lan.conf "name": the state subdirectory
    private static final Path LOCK_DIR = Path.of("/var/lock");

    private final int port;
    private final Path workDir;
    private final String solDevice;
    private final boolean keepWorkDir;
    private final Process ipmiSim;
    private final Process socat;
    private final OutputStream consoleIn;
    private volatile boolean closed;

    private IpmiSimBmc(int port, Path workDir, String solDevice, boolean keepWorkDir, Process ipmiSim,
            Process socat) {
        this.port = port;
        this.workDir = workDir;
        this.solDevice = solDevice;
        this.keepWorkDir = keepWorkDir;
        this.ipmiSim = ipmiSim;
        this.socat = socat;
        this.consoleIn = ipmiSim.getOutputStream();
    }

    /** Starts a BMC on a free port, powered on, with the default options. */
    public static IpmiSimBmc start() throws IOException {
        return builder().start();
    }

    /** Options for {@link Builder#start()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The UDP port on {@link #HOST}. */
    public int port() {
        return port;
    }

    /** {@value #HOST}. */
    public String host() {
        return HOST;
    }

    /** {@link #HOST}:{@link #port()}. */
    public InetSocketAddress address() {
        return new InetSocketAddress(HOST, port);
    }

    /** This instance's work directory (deleted by {@link #close()} unless kept). */
    public Path workDir() {
        return workDir;
    }

    /**
     * The managed host's serial port: bytes written here reach the SOL client (only while a
     * SOL payload is active; ipmi_sim discards them otherwise), and what the SOL client
     * sends can be read here (Enter arrives as CR).
     */
    public Path hostTty() {
        return workDir.resolve("host-tty");
    }

    /** Chassis power state file of the chassis hook: {@code 1} or {@code 0}; tests may edit it. */
    public Path powerFile() {
        return workDir.resolve("power");
    }

    /** Boot device file of the chassis hook: {@code default}, {@code pxe}, {@code cdrom}, ... */
    public Path bootFile() {
        return workDir.resolve("boot");
    }

    /** One line per chassis hook call, e.g. {@code set power 0}. */
    public Path chassisLog() {
        return workDir.resolve("chassis.log");
    }

    /** ipmi_sim's output: session open/close messages, emulator command errors, crashes. */
    public Path log() {
        return workDir.resolve("ipmi_sim.log");
    }

    /** An empty mode-0700 directory for FreeIPMI's {@code --sdr-cache-directory}. */
    public Path freeIpmiSdrCache() {
        return workDir.resolve("freeipmi-sdr-cache");
    }

    /** Whether the chassis hook's power file says on. */
    public boolean isPoweredOn() throws IOException {
        return Files.readString(powerFile()).trim().equals("1");
    }

    /** The ipmi_sim process. */
    public ProcessHandle ipmiSimProcess() {
        return ipmiSim.toHandle();
    }

    /** The socat process that owns the SOL pty pair. */
    public ProcessHandle socatProcess() {
        return socat.toHandle();
    }

    /** Both processes are running (ipmi_sim dies on some inputs, see IPMI_SIM.md). */
    public boolean isAlive() {
        return ipmiSim.isAlive() && socat.isAlive();
    }

    /**
     * Whether the BMC answers a sessionless Get Channel Authentication Capabilities within
     * {@code wait}.
     */
    public boolean answers(Duration wait) {
        return BmcProbe.answers(address(), wait);
    }

    /**
     * Runs one emulator command ({@code man 5 ipmi_sim_cmd}), e.g.
     * {@code sensor_set_value 0x20 0 1 90 1}, and returns after ipmi_sim has executed it.
     * Its output, including any error message, goes to {@link #log()}.
     *
     * <p>The command travels over ipmi_sim's stdin. ipmi_sim serves stdin and the LAN socket
     * from one select loop, so once two probes sent after the command have been answered in
     * turn, the loop has passed the point where it read the command.
     */
    public synchronized void console(String command) throws IOException {
        if (command.indexOf('\n') >= 0 || command.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("one emulator command per call, without line breaks");
        }
        if (closed) {
            throw new IOException("BMC on port " + port + " is closed");
        }
        long logOffset = Files.size(log());
        consoleIn.write((command + "\n").getBytes(StandardCharsets.US_ASCII));
        consoleIn.flush();
        for (int i = 0; i < 2; i++) {
            if (!answers(Duration.ofSeconds(2))) {
                throw new IOException("BMC on port " + port + " stopped answering after console command '"
                        + command + "'" + logTail());
            }
        }
        String errors = consoleErrors(logOffset);
        if (!errors.isEmpty()) {
            throw new IOException("ipmi_sim rejected console command '" + command + "': " + errors);
        }
    }

    /**
     * ipmi_sim echoes each console command as {@code > command} and reports a failure on the
     * following lines prefixed {@code **} (e.g. {@code **Unknown command: foo}).
     */
    private String consoleErrors(long logOffset) throws IOException {
        String text;
        try (SeekableByteChannel ch = Files.newByteChannel(log())) {
            ch.position(logOffset);
            text = new String(Channels.newInputStream(ch).readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        // The slice starts with our command's echo (after the prompt, which ipmi_sim flushed
        // earlier, or with it) and its messages; the next prompt ends them.
        List<String> errors = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith(">") && i > 0) {
                break;
            }
            if (line.startsWith("**")) {
                errors.add(line.substring(2).trim());
            }
        }
        return String.join("; ", errors);
    }

    /**
     * Stops ipmi_sim and socat (SIGTERM, SIGKILL after a few seconds), removes a UUCP lock
     * ipmi_sim left behind and deletes the work directory unless it was to be kept.
     * Idempotent; never throws.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        Commands.stop(ipmiSim);
        Commands.stop(socat);
        try {
            consoleIn.close();
        } catch (IOException ignored) {
            // the pipe's reader is gone already
        }
        removeStaleLock(solDevice);
        if (!keepWorkDir) {
            deleteTree(workDir);
        }
        Children.closed(this);
        LOG.debug("ipmi_sim on port {} stopped", port);
    }

    @Override
    public String toString() {
        return "IpmiSimBmc[" + HOST + ":" + port + ", workDir=" + workDir + ", pid=" + ipmiSim.pid()
                + (closed ? ", closed" : "") + "]";
    }

    private String logTail() {
        return logTail(log());
    }

    private static String logTail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            return "; last lines of " + log + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    /** Options for starting an {@link IpmiSimBmc}. Not thread-safe; reusable. */
    public static final class Builder {
        private int port;
        private boolean poweredOn = true;
        private boolean debug;
        private boolean keepWorkDir;
        private Duration startTimeout = Duration.ofSeconds(10);

        private Builder() {}

        /** A fixed UDP port (1-65535); 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port);
            }
            this.port = port;
            return this;
        }

        /** The chassis power state at start; on by default. */
        public Builder poweredOn(boolean poweredOn) {
            this.poweredOn = poweredOn;
            return this;
        }

        /** Run {@code ipmi_sim -d}: every message is dumped into {@link IpmiSimBmc#log()}. */
        public Builder debug(boolean debug) {
            this.debug = debug;
            return this;
        }

        /** Leave the work directory (logs, chassis files) in place after {@code close()}. */
        public Builder keepWorkDir(boolean keepWorkDir) {
            this.keepWorkDir = keepWorkDir;
            return this;
        }

        /** How long to wait for the first answer; 10 s by default (it takes well under 1 s). */
        public Builder startTimeout(Duration startTimeout) {
            if (startTimeout.isNegative() || startTimeout.isZero()) {
                throw new IllegalArgumentException("start timeout " + startTimeout);
            }
            this.startTimeout = startTimeout;
            return this;
        }

        /**
         * Starts the BMC and returns once it answers on the LAN.
         *
         * @throws MissingExecutableException if ipmi_sim, sdrcomp or socat is not installed
         * @throws IOException if it does not start; the message ends with ipmi_sim's last log
         *     lines
         */
        public IpmiSimBmc start() throws IOException {
            List<String> missing = Executables.missing(REQUIRED_EXECUTABLES.toArray(String[]::new));
            if (!missing.isEmpty()) {
                throw new MissingExecutableException(missing);
            }
            // A picked port can be taken by someone else before ipmi_sim binds it: pick again.
            int attempts = port == 0 ? 3 : 1;
            for (int attempt = 1; ; attempt++) {
                try {
                    return launch(port == 0 ? freeUdpPort() : port);
                } catch (PortInUseException e) {
                    if (attempt >= attempts) {
                        throw e;
                    }
                }
            }
        }

        private IpmiSimBmc launch(int port) throws IOException {
            long t0 = System.nanoTime();
            Path workDir = Files.createTempDirectory(StaleWorkDirs.PREFIX).toRealPath();
            StaleWorkDirs.sweepOnce(workDir.getParent());
            IpmiSimBmc bmc;
            Process socat = null;
            try {
                StaleWorkDirs.claim(workDir);
                if (workDir.toString().matches(".*[\\s\"#].*")) {
                    // lan.conf splits chassis_control's command on blanks
                    throw new IOException("temporary directory path unusable in lan.conf: " + workDir);
                }
                String solDevice = "sol-" + port + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000000));
                Path conf = writeConfiguration(workDir, port, solDevice);
                socat = startSocat(workDir, solDevice);
                Process ipmiSim = startIpmiSim(workDir, conf);
                bmc = new IpmiSimBmc(port, workDir, solDevice, keepWorkDir, ipmiSim, socat);
            } catch (IOException | RuntimeException | Error e) {
                if (socat != null) {
                    Commands.stop(socat);
                }
                if (!keepWorkDir) {
                    deleteTree(workDir);
                }
                throw e;
            }
            Children.opened(bmc);
            try {
                awaitReady(bmc);
            } catch (IOException | RuntimeException | Error e) {
                bmc.close();
                throw e;
            }
            LOG.debug("ipmi_sim on {}:{} ready in {} ms, work dir {}", HOST, port,
                    (System.nanoTime() - t0) / 1_000_000, workDir);
            return bmc;
        }

        private Path writeConfiguration(Path workDir, int port, String solDevice) throws IOException {
            Path conf = Files.createDirectory(workDir.resolve("conf"));
            for (String name : CONF_FILES) {
                Files.write(conf.resolve(name), resource(name));
            }
            Files.setPosixFilePermissions(conf.resolve("chassis-control.sh"),
                    PosixFilePermissions.fromString("rwxr-xr-x"));
            String lanConf = new String(resource("lan.conf.in"), StandardCharsets.UTF_8)
                    .replace("@PORT@", Integer.toString(port))
                    .replace("@WORKDIR@", workDir.toString())
                    .replace("@CONFDIR@", conf.toString())
                    .replace("@SOLDEV@", solDevice);
            Files.writeString(workDir.resolve("lan.conf"), lanConf);

            Path state = Files.createDirectories(workDir.resolve("state/ipmi_sim/" + BMC_NAME));
            CommandResult sdrcomp = Commands.run(Duration.ofSeconds(30), List.of(
                    Executables.require("sdrcomp").toString(), "-8",
                    "-o", state.resolve("sdr.20.main").toString(), conf.resolve("testbed.sdrs").toString()));
            if (!sdrcomp.succeeded()) {
                throw new IOException("sdrcomp failed: " + sdrcomp);
            }
            Files.writeString(workDir.resolve("power"), poweredOn ? "1\n" : "0\n");
            Files.writeString(workDir.resolve("boot"), "default\n");
            Files.createFile(workDir.resolve("chassis.log"));
            Files.createDirectory(workDir.resolve("freeipmi-sdr-cache"),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            return conf;
        }

        /** The SOL pty pair: ipmi_sim opens {@code <solDevice>}, tests open {@code host-tty}. */
        private static Process startSocat(Path workDir, String solDevice) throws IOException {
            Path bmcSide = workDir.resolve(solDevice);
            Path hostSide = workDir.resolve("host-tty");
            Process socat = Children.start(new ProcessBuilder(
                            Executables.require("socat").toString(), "-d", "-d",
                            "pty,raw,echo=0,link=" + bmcSide, "pty,raw,echo=0,link=" + hostSide)
                    .directory(workDir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(workDir.resolve("socat.log").toFile()));
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (!(Files.exists(bmcSide) && Files.exists(hostSide))) {
                if (!socat.isAlive() || System.nanoTime() > deadline) {
                    throw new IOException("socat did not create the SOL ptys; socat.log:\n"
                            + Files.readString(workDir.resolve("socat.log"), StandardCharsets.ISO_8859_1));
                }
                pause(5);
            }
            return socat;
        }

        private Process startIpmiSim(Path workDir, Path conf) throws IOException {
            List<String> command = new ArrayList<>();
            // ipmi_sim writes its log with stdio, fully buffered into a file: without line
            // buffering its messages (SOL errors, session events) show up only at exit.
            Executables.find("stdbuf").ifPresent(stdbuf -> command.addAll(List.of(stdbuf.toString(), "-oL", "-eL")));
            command.add(Executables.require("ipmi_sim").toString());
            if (debug) {
                command.add("-d");
            }
            command.addAll(List.of("-c", workDir.resolve("lan.conf").toString(),
                    "-f", conf.resolve("testbed.emu").toString(),
                    "-s", workDir.resolve("state").toString()));
            // stdin stays a pipe from this JVM: the emulator console, and end of file there
            // (this JVM gone) makes ipmi_sim exit.
            return Children.start(new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .redirectErrorStream(true)
                    .redirectOutput(workDir.resolve("ipmi_sim.log").toFile()));
        }

        private void awaitReady(IpmiSimBmc bmc) throws IOException {
            long deadline = System.nanoTime() + startTimeout.toNanos();
            while (true) {
                if (!bmc.ipmiSim.isAlive()) {
                    String tail = bmc.logTail();
                    if (tail.contains("Unable to bind to LAN port")) {
                        throw new PortInUseException("UDP port " + bmc.port + " is in use" + tail);
                    }
                    throw new IOException("ipmi_sim exited during startup with status "
                            + bmc.ipmiSim.exitValue() + tail);
                }
                if (bmc.answers(Duration.ofMillis(50))) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException("ipmi_sim did not answer on " + HOST + ":" + bmc.port + " within "
                            + startTimeout.toMillis() + " ms" + bmc.logTail());
                }
                pause(10);
            }
            String log = Files.readString(bmc.log(), StandardCharsets.ISO_8859_1);
            if (log.contains("Error opening SOL device") || log.contains("Error locking SOL device")
                    || log.contains("already owned")) {
                throw new IOException("ipmi_sim could not open its SOL pty (is " + LOCK_DIR
                        + " writable?)" + bmc.logTail());
            }
        }
    }

    /** The chosen port was taken before ipmi_sim could bind it. */
    private static final class PortInUseException extends IOException {
        private static final long serialVersionUID = 1L;

        PortInUseException(String message) {
            super(message);
        }
    }

    private static int freeUdpPort() throws IOException {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(HOST), 0))) {
            return s.getLocalPort();
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = IpmiSimBmc.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCES + name);
            }
            return in.readAllBytes();
        }
    }

    /**
     * ipmi_sim removes its {@code LCK..<device>} lock on SIGTERM but not when killed; remove
     * it unless a live process still holds it.
     */
    private static void removeStaleLock(String solDevice) {
        Path lock = LOCK_DIR.resolve("LCK.." + solDevice);
        try {
            if (!Files.exists(lock)) {
                return;
            }
            String pid = Files.readString(lock, StandardCharsets.US_ASCII).trim();
            Optional<ProcessHandle> holder = pid.matches("\\d{1,10}")
                    ? ProcessHandle.of(Long.parseLong(pid))
                    : Optional.empty();
            if (holder.map(ProcessHandle::isAlive).orElse(false)) {
                return;
            }
            Files.deleteIfExists(lock);
        } catch (IOException e) {
            LOG.warn("cannot remove stale lock {}: {}", lock, e.toString());
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("cannot delete work dir {}: {}", dir, e.toString());
        }
    }

    private static void pause(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while starting ipmi_sim");
        }
    }
}
