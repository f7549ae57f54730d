package dev.ipmi.benchmarks.load;

import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.sdr.SdrCache;
import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import dev.ipmi.testkit.ipmisim.IpmiSimUser;
import dev.ipmi.testkit.process.Executables;
import dev.ipmi.testkit.refclient.Ipmitool;
import java.io.IOException;
import java.time.Duration;

/**
 * A full sensor read over a slow link: {@code ipmi_sim} behind a {@link DelayProxy} adding
 * {@code --delay-ms} (20 by default) each way. Ours: open + SDR walk + every reading + close,
 * blocking (the library's readers), with readings pipelined through the in-flight window
 * (window 4 and 16), and with the SDRs cached (what a monitoring agent does from its second
 * sweep on); the peer: one {@code ipmitool sdr list} process (stop-and-wait) through the same
 * proxy. Datagrams relayed per operation are reported beside the times.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.ipmi.benchmarks.load.LatencyProxyDriver [--quick]
 *      [--delay-ms 20] [--runs 10] [--procs 5]
 * </pre>
 */
public final class LatencyProxyDriver {
    private LatencyProxyDriver() {}

    record Result(int sweeps, int sensorsPerSweep, int peerRuns) { }

    public static void main(String[] args) throws Exception {
        System.out.println(run(new Args(args)));
    }

    static Result run(Args args) throws IOException {
        int delayMs = args.intValue("delay-ms", 5, 20);
        int runs = args.intValue("runs", 2, 10);
        int procs = args.intValue("procs", 1, 5);
        System.out.println("LatencyProxyDriver: ipmi_sim behind a proxy adding " + delayMs + " ms each way, "
                + (args.quick() ? "quick" : "full") + " mode");
        int sweeps = 0;
        int peerRuns = 0;
        try (IpmiSimBmc bmc = IpmiSimBmc.start();
             DelayProxy proxy = new DelayProxy(bmc.address(), Duration.ofMillis(delayMs));
             IpmiClient window4 = IpmiClient.newBuilder().threadName("proxy-client-4").build();
             IpmiClient window16 = IpmiClient.newBuilder().threadName("proxy-client-16").inFlightWindow(16).build()) {
            BmcAddress address = BmcAddress.of(proxy.address());
            int sensors;
            try (IpmiSession s = window4.openSessionBlocking(address, LatencyDriver.ADMIN, LatencyDriver.SUITE_3)) {
                sensors = SensorSweep.blocking(s, null); // warm-up, and the expected count
            }
            Samples blocking = new Samples(runs);
            Samples pipe4 = new Samples(runs);
            Samples pipe16 = new Samples(runs);
            Samples cached = new Samples(runs);
            long[] datagrams = new long[4];
            SdrCache cache = SdrCache.inMemory();
            for (int i = 0; i < runs; i++) {
                datagrams[0] += timed(proxy, blocking, () -> sweep(window4, address, sensors, false, null));
                datagrams[1] += timed(proxy, pipe4, () -> sweep(window4, address, sensors, true, null));
                datagrams[2] += timed(proxy, pipe16, () -> sweep(window16, address, sensors, true, null));
                if (i == 0) {
                    sweep(window16, address, sensors, true, cache); // fills the cache
                }
                datagrams[3] += timed(proxy, cached, () -> sweep(window16, address, sensors, true, cache));
                sweeps += 4;
            }
            print("open + SDR walk + " + sensors + " readings + close, blocking", blocking, datagrams[0], runs);
            print("same, readings pipelined, window 4", pipe4, datagrams[1], runs);
            print("same, readings pipelined, window 16", pipe16, datagrams[2], runs);
            print("same, SDRs cached, window 16", cached, datagrams[3], runs);
            if (Peers.available("ipmitool")) {
                Ipmitool ipmitool = Ipmitool.lanplus(Executables.require("ipmitool"), proxy.address(),
                        IpmiSimUser.ADMIN.name(), IpmiSimUser.ADMIN.password(), 3).withTimeout(Duration.ofSeconds(60));
                long before = proxy.relayed();
                Samples tool = Peers.time(procs, "|", () -> ipmitool.run("sdr", "list"));
                peerRuns = procs;
                print("ipmitool sdr list (process)", tool, proxy.relayed() - before, procs);
                System.out.println("  ratio: blocking " + Peers.ratio(tool, blocking) + ", window 4 " + Peers.ratio(tool, pipe4)
                        + ", window 16 " + Peers.ratio(tool, pipe16) + ", cached " + Peers.ratio(tool, cached));
            }
            return new Result(sweeps, sensors, peerRuns);
        }
    }

    private static void sweep(IpmiClient client, BmcAddress address, int sensors, boolean pipelined,
            SdrCache cache) throws IOException {
        try (IpmiSession s = client.openSessionBlocking(address, LatencyDriver.ADMIN, LatencyDriver.SUITE_3)) {
            int n = pipelined ? SensorSweep.pipelined(s, cache) : SensorSweep.blocking(s, cache);
            if (!pipelined) {
                LatencyDriver.expect(sensors, n, "blocking sweep");
            }
        }
    }

    /** Runs {@code op}, adds its time, returns the datagrams the proxy relayed meanwhile. */
    private static long timed(DelayProxy proxy, IoRunnable op, Samples into) throws IOException {
        long before = proxy.relayed();
        long t = System.nanoTime();
        op.run();
        into.add(System.nanoTime() - t);
        return proxy.relayed() - before;
    }

    private static long timed(DelayProxy proxy, Samples into, IoRunnable op) throws IOException {
        return timed(proxy, op, into);
    }

    private static void print(String what, Samples s, long datagrams, int runs) {
        System.out.printf("%-55s %s, %d datagrams each%n", what + ":", s.summary(), datagrams / runs);
    }

    @FunctionalInterface
    interface IoRunnable {
        void run() throws IOException;
    }
}
