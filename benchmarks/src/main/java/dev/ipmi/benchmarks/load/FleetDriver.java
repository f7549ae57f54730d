package dev.ipmi.benchmarks.load;

import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.sdr.SdrCache;
import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import dev.ipmi.testkit.ipmisim.IpmiSimUser;
import dev.ipmi.testkit.process.CommandResult;
import dev.ipmi.testkit.process.Executables;
import dev.ipmi.testkit.refclient.Ipmitool;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * One {@link IpmiClient} against a fleet of simulated BMCs: opens {@code bmcs x
 * sessions-per-bmc} concurrent sessions, measures heap per idle session (heap after GC,
 * before and after), commands per second at saturation with p50/p99 and CPU per 1,000
 * commands, the time to sweep every sensor of {@code sweep-bmcs} BMCs, and the same sweep
 * as {@code ipmitool sdr list} processes run 16 at a time (against ipmi_sim instances and
 * against the simulated BMCs), extrapolated per BMC.
 *
 * <pre>
 * java -Xss512k -cp benchmarks/target/benchmarks.jar dev.ipmi.benchmarks.load.FleetDriver [--quick]
 *      [--bmcs 1000] [--sessions-per-bmc 10] [--in-process] [--inflight 256] [--seconds 10]
 *      [--sweep-bmcs 1000] [--sweep-threads 64] [--peer-runs 64] [--ipmi-sims 16] [--count-events] [--histogram] [--callbacks-on-selector] [--callback-threads N]
 * </pre>
 *
 * Without {@code --in-process} (and outside quick mode) the BMCs run in a child JVM, so heap
 * and CPU figures are the client's alone; with it, they include the BMCs' side.
 */
public final class FleetDriver {
    private static final int PEER_PARALLELISM = 16;

    private FleetDriver() {}

    record Result(int bmcs, int sessions, long commands, int sweptBmcs, int sensorsPerBmc, int peerRuns) { }

    public static void main(String[] args) throws Exception {
        System.out.println(run(new Args(args)));
    }

    static Result run(Args args) throws Exception {
        int bmcs = args.intValue("bmcs", 10, 1000);
        int perBmc = args.intValue("sessions-per-bmc", 3, 10);
        int inFlight = args.intValue("inflight", 32, 256);
        int seconds = args.intValue("seconds", 1, 10);
        int sweepBmcs = Math.min(bmcs, args.intValue("sweep-bmcs", 10, 1000));
        int sweepThreads = args.intValue("sweep-threads", 8, 64);
        int peerRuns = args.intValue("peer-runs", 2, 64);
        int ipmiSims = args.intValue("ipmi-sims", 1, PEER_PARALLELISM);
        boolean inProcess = args.quick() || args.flag("in-process");
        System.out.printf("FleetDriver: %d BMCs x %d sessions, BMCs %s, %s mode%n", bmcs, perBmc,
                inProcess ? "in this JVM (heap/CPU include the BMC side)" : "in a child JVM", args.quick() ? "quick" : "full");

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t = System.nanoTime();
        try (SimFleet fleet = inProcess ? SimFleet.inProcess(bmcs, perBmc + 2) : SimFleet.childJvm(bmcs, perBmc + 2, "2g")) {
            System.out.printf("fleet started: %d ms%n", ms(System.nanoTime() - t));
            List<BmcAddress> addresses = new ArrayList<>();
            for (int port : fleet.ports()) {
                addresses.add(BmcAddress.of("127.0.0.1", port));
            }
            long heapBefore;
            List<IpmiSession> sessions = new ArrayList<>();
            Result result;
            // A listener costs a queued task per request and per response (see LOAD.md), so it is opt-in.
            EventCounter events = args.flag("count-events") ? new EventCounter() : null;
            IpmiClient.Builder builder = IpmiClient.newBuilder().threadName("fleet-client");
            int callbackThreads = args.intValue("callback-threads", 0, 0);
            java.util.concurrent.ForkJoinPool callbackPool = null;
            if (args.flag("callbacks-on-selector")) {
                // Futures complete on the selector thread instead of the common pool (1 thread on 2 cores).
                builder.executor(Runnable::run);
            } else if (callbackThreads > 0) {
                // A/B of the default: a FIFO fork-join pool of this many (daemon) threads.
                callbackPool = new java.util.concurrent.ForkJoinPool(callbackThreads,
                        java.util.concurrent.ForkJoinPool.defaultForkJoinWorkerThreadFactory, null, true);
                builder.executor(callbackPool);
                System.out.printf("callback executor: FIFO ForkJoinPool of %d threads%n", callbackThreads);
            }
            IpmiClient client = (events == null ? builder : builder.eventListener(events)).build();
            try {
                // Warm the client's code paths on one session before the baseline.
                client.openSessionBlocking(addresses.get(0), LatencyDriver.ADMIN, LatencyDriver.SUITE_3).close();
                heapBefore = heapAfterGc();
                long clientCpu0 = threadCpu(threads, "fleet-client");
                t = System.nanoTime();
                sessions.addAll(openAll(client, addresses, perBmc, 128));
                long openNanos = System.nanoTime() - t;
                int total = bmcs * perBmc;
                if (client.openSessions() != total) {
                    throw new IOException("client counts " + client.openSessions() + " open sessions, want " + total);
                }
                System.out.printf("opened %d sessions in %d ms (%.0f/s), client thread CPU %d ms%n", total, ms(openNanos),
                        total / (openNanos / 1e9), ms(threadCpu(threads, "fleet-client") - clientCpu0));
                long heapAfter = heapAfterGc();
                if (args.flag("histogram")) {
                    printHistogram(25);
                }
                System.out.printf("heap after GC: %.1f MiB before, %.1f MiB after -> %.0f bytes per idle session%s%n",
                        heapBefore / 1048576.0, heapAfter / 1048576.0, (heapAfter - heapBefore) / (double) total,
                        inProcess ? " (client + simulated BMC side)" : "");

                // Saturation: warm-up, then measured.
                new Saturation(sessions).run(inFlight, Math.min(2, seconds));
                Saturation sat = new Saturation(sessions);
                long cpu0 = processCpu();
                long clientCpu1 = threadCpu(threads, "fleet-client");
                long child0 = fleet.childCpuNanos();
                long clientAlloc0 = threadAllocated(threads, "fleet-client");
                long allAlloc0 = allThreadsAllocated(threads);
                t = System.nanoTime();
                long commands = sat.run(inFlight, seconds);
                long wall = System.nanoTime() - t;
                long cpu = processCpu() - cpu0;
                long clientCpu = threadCpu(threads, "fleet-client") - clientCpu1;
                long clientAlloc = threadAllocated(threads, "fleet-client") - clientAlloc0;
                long allAlloc = allThreadsAllocated(threads) - allAlloc0;
                if (sat.wrong() != 0) {
                    throw new IOException(sat.wrong() + " wrong or failed answers at saturation");
                }
                System.out.printf("saturation, %d in flight over %d sessions: %.0f commands/s, latency %s%n", inFlight,
                        total, commands / (wall / 1e9), sat.latency().summary());
                System.out.printf("CPU per 1,000 commands: client JVM %.1f ms, client selector thread %.1f ms%s%n",
                        cpu / 1e6 / (commands / 1000.0), clientCpu / 1e6 / (commands / 1000.0),
                        fleet.inProcess() ? " (JVM includes the BMCs)"
                                : String.format(", BMC JVM %.1f ms", (fleet.childCpuNanos() - child0) / 1e6 / (commands / 1000.0)));

                System.out.printf("allocation per command: selector thread %.0f bytes, all client JVM threads %.0f bytes"
                        + " (Saturation's own future and lambda included)%n", clientAlloc / (double) commands,
                        allAlloc / (double) commands);

                List<IpmiSession> sweepSessions = new ArrayList<>();
                for (int b = 0; b < sweepBmcs; b++) {
                    sweepSessions.add(sessions.get(b * perBmc));
                }
                int sensors = SensorSweep.blocking(sweepSessions.get(0), null);
                double cold = sweep(sweepSessions, sweepThreads, sensors, false, null);
                SdrCache cache = SdrCache.inMemory();
                SensorSweep.blocking(sweepSessions.get(0), cache);
                double cached = sweep(sweepSessions, sweepThreads, sensors, false, cache);
                double pipelined = sweep(sweepSessions, sweepThreads, sensors, true, cache);
                System.out.printf("sweep of %d BMCs (%d sensors each, %d threads): cold %.2f s (%.0f BMC/s), "
                        + "SDRs cached %.2f s (%.0f BMC/s), cached + pipelined %.2f s (%.0f BMC/s)%n",
                        sweepBmcs, sensors, sweepThreads, cold, sweepBmcs / cold, cached, sweepBmcs / cached,
                        pipelined, sweepBmcs / pipelined);

                int peer = 0;
                if (peerRuns > 0 && Peers.available("ipmitool")) {
                    double simRate = peerSweepSimulated(addresses, peerRuns);
                    peer += peerRuns;
                    System.out.printf("ipmitool sdr list x%d, %d at a time, simulated BMCs: %.1f BMC/s -> %.0f s per 1,000 BMCs"
                            + " (extrapolated); ours cold %.1fx, cached %.1fx%n", peerRuns, PEER_PARALLELISM, simRate,
                            1000 / simRate, (sweepBmcs / cold) / simRate, (sweepBmcs / cached) / simRate);
                    double simsRate = peerSweepIpmiSim(ipmiSims, peerRuns);
                    peer += peerRuns;
                    System.out.printf("ipmitool sdr list x%d, %d at a time, %d ipmi_sim instances: %.1f BMC/s -> %.0f s per"
                            + " 1,000 BMCs (extrapolated); ours cold %.1fx, cached %.1fx%n", peerRuns, PEER_PARALLELISM,
                            ipmiSims, simsRate, 1000 / simsRate, (sweepBmcs / cold) / simsRate, (sweepBmcs / cached) / simsRate);
                }
                if (events != null) {
                    System.out.println("client events: " + events);
                }
                result = new Result(bmcs, total, commands, sweepBmcs, sensors, peer);
            } finally {
                t = System.nanoTime();
                client.close();
                System.out.printf("client.close() with %d sessions: %d ms%n", sessions.size(), ms(System.nanoTime() - t));
                if (callbackPool != null) {
                    callbackPool.shutdown();
                }
            }
            return result;
        }
    }

    /** Opens {@code perBmc} sessions to each BMC, at most {@code concurrency} handshakes at once. */
    private static List<IpmiSession> openAll(IpmiClient client, List<BmcAddress> bmcs, int perBmc, int concurrency)
            throws Exception {
        Semaphore permits = new Semaphore(concurrency);
        List<CompletableFuture<IpmiSession>> futures = new ArrayList<>();
        for (int round = 0; round < perBmc; round++) {
            for (BmcAddress bmc : bmcs) {
                permits.acquire();
                CompletableFuture<IpmiSession> f = client.openSession(bmc, LatencyDriver.ADMIN, LatencyDriver.SUITE_3);
                f.whenComplete((s, e) -> permits.release());
                futures.add(f);
            }
        }
        // Session i*bmcs + b is the round-i session of BMC b; reorder so that BMC b owns [b*perBmc, (b+1)*perBmc).
        List<IpmiSession> byBmc = new ArrayList<>(futures.size());
        for (int b = 0; b < bmcs.size(); b++) {
            for (int round = 0; round < perBmc; round++) {
                byBmc.add(futures.get(round * bmcs.size() + b).get());
            }
        }
        return byBmc;
    }

    /** Sweeps every session's BMC once on {@code threads} threads; returns the wall time in seconds. */
    private static double sweep(List<IpmiSession> sessions, int threads, int sensors, boolean pipelined, SdrCache cache)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t = System.nanoTime();
            List<Future<Integer>> results = new ArrayList<>();
            for (IpmiSession s : sessions) {
                results.add(pool.submit(() -> pipelined ? SensorSweep.pipelined(s, cache) : SensorSweep.blocking(s, cache)));
            }
            for (Future<Integer> f : results) {
                int n = f.get();
                if (!pipelined) {
                    LatencyDriver.expect(sensors, n, "sweep");
                }
            }
            return (System.nanoTime() - t) / 1e9;
        } finally {
            pool.shutdown();
        }
    }

    private static double peerSweepSimulated(List<BmcAddress> bmcs, int runs) throws Exception {
        Path exe = Executables.require("ipmitool");
        List<Ipmitool> tools = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            tools.add(Ipmitool.lanplus(exe, bmcs.get(i % bmcs.size()).socketAddress(), "admin", "adminpass", 3));
        }
        return peerSweep(tools);
    }

    private static double peerSweepIpmiSim(int instances, int runs) throws Exception {
        List<IpmiSimBmc> sims = new ArrayList<>();
        try {
            for (int i = 0; i < instances; i++) {
                sims.add(IpmiSimBmc.start());
            }
            Path exe = Executables.require("ipmitool");
            List<Ipmitool> tools = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                InetSocketAddress a = sims.get(i % instances).address();
                tools.add(Ipmitool.lanplus(exe, a, IpmiSimUser.ADMIN.name(), IpmiSimUser.ADMIN.password(), 3));
            }
            return peerSweep(tools);
        } finally {
            sims.forEach(IpmiSimBmc::close);
        }
    }

    /** Runs every tool's {@code sdr list} {@value #PEER_PARALLELISM} at a time; BMCs per second. */
    private static double peerSweep(List<Ipmitool> tools) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PEER_PARALLELISM);
        try {
            long t = System.nanoTime();
            List<Future<CommandResult>> results = new ArrayList<>();
            for (Ipmitool tool : tools) {
                results.add(pool.submit(() -> tool.run("sdr", "list")));
            }
            for (Future<CommandResult> f : results) {
                CommandResult r = f.get();
                if (!r.succeeded() || !r.stdout().contains("|")) {
                    throw new IOException("ipmitool sdr list failed: " + r);
                }
            }
            return tools.size() / ((System.nanoTime() - t) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU time of the (first) live thread named {@code name}, 0 if none. */
    static long threadCpu(ThreadMXBean threads, String name) {
        for (Thread th : Thread.getAllStackTraces().keySet()) {
            if (th.getName().equals(name)) {
                return threads.getThreadCpuTime(th.getId());
            }
        }
        return 0;
    }

    /** Bytes allocated so far by the (first) live thread named {@code name}. */
    static long threadAllocated(ThreadMXBean threads, String name) {
        for (Thread th : Thread.getAllStackTraces().keySet()) {
            if (th.getName().equals(name)) {
                return ((com.sun.management.ThreadMXBean) threads).getThreadAllocatedBytes(th.getId());
            }
        }
        return 0;
    }

    /** Bytes allocated so far by the live threads (threads that ended meanwhile are missed). */
    static long allThreadsAllocated(ThreadMXBean threads) {
        long sum = 0;
        for (long a : ((com.sun.management.ThreadMXBean) threads).getThreadAllocatedBytes(threads.getAllThreadIds())) {
            sum += Math.max(0, a);
        }
        return sum;
    }

    /** The {@code top} biggest classes of the live heap ({@code jcmd GC.class_histogram}, which runs a full GC). */
    private static void printHistogram(int top) throws Exception {
        Object out = ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        String[] lines = out.toString().split("\n");
        for (int i = 0; i < Math.min(lines.length, top + 3); i++) {
            System.out.println("  " + lines[i]);
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

}
