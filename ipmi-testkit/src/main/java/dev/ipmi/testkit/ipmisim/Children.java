package dev.ipmi.testkit.ipmisim;

import dev.ipmi.testkit.process.Commands;
import dev.ipmi.testkit.process.Executables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts the simulator's processes so that they cannot outlive the JVM, and closes every
 * still-open {@link IpmiSimBmc} when the JVM shuts down.
 *
 * <p>Three layers, because a test JVM may be killed with SIGKILL (a surefire fork timeout)
 * and then runs no Java code at all:
 * <ol>
 *   <li>a shutdown hook closes open instances on a normal exit;
 *   <li>ipmi_sim's stdin is a pipe from this JVM, and ipmi_sim exits on end of file there;
 *   <li>where util-linux {@code setpriv} is available, each process is started with
 *       {@code --pdeathsig TERM}. Linux sends that signal when the parent <em>thread</em>
 *       ends, so all processes are started from one daemon thread that lives as long as
 *       the JVM.
 * </ol>
 */
final class Children {
    private static final Set<IpmiSimBmc> OPEN = ConcurrentHashMap.newKeySet();
    private static final ExecutorService LAUNCHER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ipmi-sim-launcher");
        t.setDaemon(true);
        return t;
    });
    private static final List<String> PDEATHSIG_PREFIX = pdeathsigPrefix();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Children::closeAll, "ipmi-sim-shutdown"));
    }

    private Children() {}

    /** Starts {@code pb} from the long-lived launcher thread, wrapped in setpriv if possible. */
    static Process start(ProcessBuilder pb) throws IOException {
        List<String> command = new ArrayList<>(PDEATHSIG_PREFIX);
        command.addAll(pb.command());
        pb.command(command);
        try {
            return LAUNCHER.submit(() -> {
                try {
                    return pb.start();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            throw new IOException("cannot start " + pb.command().get(0), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting " + pb.command().get(0), e);
        }
    }

    static void opened(IpmiSimBmc bmc) {
        OPEN.add(bmc);
    }

    static void closed(IpmiSimBmc bmc) {
        OPEN.remove(bmc);
    }

    private static void closeAll() {
        for (IpmiSimBmc bmc : List.copyOf(OPEN)) {
            bmc.close();
        }
    }

    private static List<String> pdeathsigPrefix() {
        Optional<Path> setpriv = Executables.find("setpriv");
        if (setpriv.isEmpty()) {
            return List.of();
        }
        try {
            String help = Commands.run(Duration.ofSeconds(5), List.of(setpriv.get().toString(), "--help")).output();
            return help.contains("--pdeathsig")
                    ? List.of(setpriv.get().toString(), "--pdeathsig", "TERM")
                    : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }
}
