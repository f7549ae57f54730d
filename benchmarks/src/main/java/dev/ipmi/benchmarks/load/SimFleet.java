package dev.ipmi.benchmarks.load;

import dev.ipmi.testkit.sim.SimulatedBmc;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A fleet of {@link SimulatedBmc}s on loopback, each its own UDP port and selector thread,
 * either in this JVM or in a child JVM (so that the client JVM's heap and CPU figures are the
 * client's alone).
 *
 * <p>As a child: {@code java -cp ... dev.ipmi.benchmarks.load.SimFleet <bmcs> <maxSessions>}
 * prints {@code PORTS p1,p2,...}, then serves until its standard input closes.
 */
final class SimFleet implements AutoCloseable {
    private final List<Integer> ports;
    private final List<SimulatedBmc> local;
    private final Process child;

    private SimFleet(List<Integer> ports, List<SimulatedBmc> local, Process child) {
        this.ports = ports;
        this.local = local;
        this.child = child;
    }

    /** {@code bmcs} simulated BMCs in this JVM. */
    static SimFleet inProcess(int bmcs, int maxSessions) throws IOException {
        List<SimulatedBmc> list = start(bmcs, maxSessions);
        return new SimFleet(list.stream().map(SimulatedBmc::port).collect(Collectors.toList()), list, null);
    }

    /** {@code bmcs} simulated BMCs in a child JVM with the same class path and {@code -Xmx}. */
    static SimFleet childJvm(int bmcs, int maxSessions, String maxHeap) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx" + maxHeap, "-Xss256k", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), SimFleet.class.getName(),
                Integer.toString(bmcs), Integer.toString(maxSessions))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("PORTS ")) {
                List<Integer> ports = new ArrayList<>();
                for (String s : line.substring(6).split(",")) {
                    ports.add(Integer.parseInt(s));
                }
                return new SimFleet(ports, List.of(), p);
            }
        }
        p.destroyForcibly();
        throw new IOException("simulated BMC fleet JVM exited before listing its ports");
    }

    private static List<SimulatedBmc> start(int bmcs, int maxSessions) throws IOException {
        List<SimulatedBmc> list = new ArrayList<>(bmcs);
        try {
            for (int i = 0; i < bmcs; i++) {
                // Longer than a slow sweep of 1,000 BMCs on a busy machine: idle sessions must survive it.
                list.add(SimulatedBmc.newBuilder().maxSessions(maxSessions).idleTimeout(Duration.ofMinutes(10)).start());
            }
        } catch (IOException | RuntimeException e) {
            list.forEach(SimulatedBmc::close);
            throw e;
        }
        return list;
    }

    List<Integer> ports() {
        return ports;
    }

    /** Whether the BMCs run in this JVM (then heap and CPU figures include their side). */
    boolean inProcess() {
        return child == null;
    }

    /** CPU time of the child JVM so far, or -1 when in process. */
    long childCpuNanos() {
        return child == null ? -1
                : child.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    @Override
    public void close() throws IOException {
        local.forEach(SimulatedBmc::close);
        if (child != null) {
            child.getOutputStream().close();
            try {
                if (!child.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                }
            } catch (InterruptedException e) {
                child.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    public static void main(String[] args) throws IOException {
        int bmcs = Integer.parseInt(args[0]);
        int maxSessions = Integer.parseInt(args[1]);
        long t = System.nanoTime();
        List<SimulatedBmc> list = start(bmcs, maxSessions);
        System.err.printf("SimFleet: %d simulated BMCs started in %d ms, %d threads%n", bmcs,
                (System.nanoTime() - t) / 1_000_000, ManagementFactory.getThreadMXBean().getThreadCount());
        System.out.println("PORTS " + list.stream().map(b -> Integer.toString(b.port())).collect(Collectors.joining(",")));
        System.out.flush();
        while (System.in.read() >= 0) {
            // serve until the parent closes our standard input
        }
        list.forEach(SimulatedBmc::close);
    }
}
