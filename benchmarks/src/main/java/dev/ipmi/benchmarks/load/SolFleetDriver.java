package dev.ipmi.benchmarks.load;

import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.sol.SolConsole;
import dev.ipmi.sol.SolEvent;
import dev.ipmi.sol.SolListener;
import dev.ipmi.sol.SolOptions;
import dev.ipmi.testkit.sim.SimulatedBmc;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One {@link IpmiClient} logging many Serial-over-LAN consoles at once, each fed at 115200
 * baud (11,520 bytes/s, 8N1) by its simulated BMC's host side, with a byte pattern per console
 * so that every lost, duplicated or reordered byte is counted. Reports throughput, CPU (the
 * JVM holds the BMCs too: SOL's host side is fed in process) and the client thread's share.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.ipmi.benchmarks.load.SolFleetDriver [--quick]
 *      [--consoles 200] [--seconds 20] [--baud 115200]
 * </pre>
 */
public final class SolFleetDriver {
    private static final long TICK_NANOS = 10_000_000;

    private SolFleetDriver() {}

    record Result(int consoles, long bytesSent, long bytesReceived, long wrongBytes) { }

    public static void main(String[] args) throws Exception {
        System.out.println(run(new Args(args)));
    }

    static Result run(Args args) throws Exception {
        int consoles = args.intValue("consoles", 5, 200);
        int seconds = args.intValue("seconds", 2, 20);
        int baud = args.intValue("baud", 115200, 115200);
        double bytesPerSecond = baud / 10.0;
        System.out.printf("SolFleetDriver: %d consoles at %d baud for %d s, BMCs in this JVM, %s mode%n", consoles, baud,
                seconds, args.quick() ? "quick" : "full");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<SimulatedBmc> bmcs = new ArrayList<>();
        List<Log> logs = new ArrayList<>();
        EventCounter clientEvents = new EventCounter();
        try (IpmiClient client = IpmiClient.newBuilder().threadName("sol-client").eventListener(clientEvents).build()) {
            for (int i = 0; i < consoles; i++) {
                bmcs.add(SimulatedBmc.newBuilder().idleTimeout(Duration.ofMinutes(10)).start());
                logs.add(new Log(i));
            }
            long t = System.nanoTime();
            Semaphore permits = new Semaphore(64);
            List<CompletableFuture<SolConsole>> opening = new ArrayList<>();
            for (int i = 0; i < consoles; i++) {
                permits.acquire();
                CompletableFuture<SolConsole> f = SolConsole.open(client,
                        BmcAddress.of(bmcs.get(i).address()), LatencyDriver.ADMIN, LatencyDriver.SUITE_3,
                        SolOptions.defaults(), logs.get(i));
                f.whenComplete((c, e) -> permits.release());
                opening.add(f);
            }
            List<SolConsole> open = new ArrayList<>();
            for (CompletableFuture<SolConsole> f : opening) {
                open.add(f.get());
            }
            for (SimulatedBmc b : bmcs) {
                if (!b.sol().awaitActive(Duration.ofSeconds(10))) {
                    throw new IOException("SOL never became active on " + b);
                }
            }
            System.out.printf("opened %d consoles in %d ms%n", consoles, (System.nanoTime() - t) / 1_000_000);

            long cpu0 = FleetDriver.processCpu();
            long clientCpu0 = FleetDriver.threadCpu(threads, "sol-client");
            long clientAlloc0 = FleetDriver.threadAllocated(threads, "sol-client");
            long start = System.nanoTime();
            long[] sent = new long[consoles];
            long end = start + seconds * 1_000_000_000L;
            long lateTicks = 0;
            for (long tick = start; tick < end; tick += TICK_NANOS) {
                long wait = tick - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } else if (wait < -TICK_NANOS) {
                    lateTicks++;
                }
                long due = (long) ((tick + TICK_NANOS - start) / 1e9 * bytesPerSecond);
                for (int i = 0; i < consoles; i++) {
                    int n = (int) (due - sent[i]);
                    if (n > 0) {
                        feed(bmcs.get(i).sol().hostOutput(), i, sent[i], n);
                        sent[i] += n;
                    }
                }
            }
            long feedWall = System.nanoTime() - start;
            long totalSent = 0;
            for (long s : sent) {
                totalSent += s;
            }
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (received(logs) < totalSent && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            long drainWall = System.nanoTime() - start;
            long cpu = FleetDriver.processCpu() - cpu0;
            long clientCpu = FleetDriver.threadCpu(threads, "sol-client") - clientCpu0;
            long clientAlloc = FleetDriver.threadAllocated(threads, "sol-client") - clientAlloc0;
            long got = received(logs);
            long wrong = 0;
            for (Log l : logs) {
                wrong += l.wrong.get();
            }
            System.out.printf("fed %d bytes in %.1f s (%.0f bytes/s, %d feeder ticks late), received %d (drained at %.1f s),"
                    + " %d wrong bytes, %d lost or duplicated%n", totalSent, feedWall / 1e9, totalSent / (feedWall / 1e9),
                    lateTicks, got, drainWall / 1e9, wrong, Math.abs(totalSent - got));
            System.out.printf("CPU: JVM (client + BMCs) %.0f%% of one core, %.1f ms per MB; client selector thread %.0f%%"
                    + " of one core, %.1f ms per MB%n", 100.0 * cpu / drainWall, cpu / 1e6 / (got / 1e6),
                    100.0 * clientCpu / drainWall, clientCpu / 1e6 / (got / 1e6));
            System.out.printf("allocated on the client selector thread: %.0f bytes per KB received%n",
                    clientAlloc / (got / 1e3));
            int bad = 0;
            Map<String, Integer> events = new TreeMap<>();
            for (Log l : logs) {
                l.events.forEach((k, v) -> events.merge(k, v, Integer::sum));
                if (l.wrong.get() != 0 || l.bytes.get() != sent[l.console]) {
                    if (bad++ < 3) {
                        System.out.printf("  console %d: sent %d, received %d, first wrong byte at %d, %d gaps or repeats"
                                + " (net %+d bytes skipped)%n", l.console, sent[l.console], l.bytes.get(), l.firstWrong,
                                l.gaps.get(), l.gapBytes.get());
                    }
                }
            }
            System.out.println("consoles with lost, repeated or wrong bytes: " + bad + "; console events: " + events
                    + "; client events: " + clientEvents);
            for (SolConsole c : open) {
                c.closeAsync();
            }
            if (wrong != 0 || got != totalSent) {
                throw new IOException("SOL fleet lost, duplicated or changed bytes: sent " + totalSent + ", received " + got
                        + ", wrong " + wrong);
            }
            return new Result(consoles, totalSent, got, wrong);
        } finally {
            bmcs.forEach(SimulatedBmc::close);
        }
    }

    private static long received(List<Log> logs) {
        long n = 0;
        for (Log l : logs) {
            n += l.bytes.get();
        }
        return n;
    }

    /** Byte {@code p} of console {@code c}: a sequence in which a lost or repeated byte shows. */
    static byte pattern(int c, long p) {
        return (byte) (p % 251 + c);
    }

    private static void feed(OutputStream host, int console, long from, int n) throws IOException {
        byte[] b = new byte[n];
        for (int k = 0; k < n; k++) {
            b[k] = pattern(console, from + k);
        }
        host.write(b, 0, n);
    }

    /**
     * Checks one console's output against its pattern. After a mismatch it re-synchronises on the
     * byte received (the pattern tells its position modulo 251), so each gap or repeat counts
     * once, with its size, instead of every later byte counting as wrong.
     */
    private static final class Log implements SolListener {
        final int console;
        final AtomicLong position = new AtomicLong();
        final AtomicLong bytes = new AtomicLong();
        final AtomicLong wrong = new AtomicLong();
        final AtomicLong gaps = new AtomicLong();
        final AtomicLong gapBytes = new AtomicLong();
        volatile long firstWrong = -1;
        final Map<String, Integer> events = new ConcurrentHashMap<>();

        Log(int console) {
            this.console = console;
        }

        @Override
        public void onData(SolConsole c, ByteBuffer data) {
            long p = position.get();
            bytes.addAndGet(data.remaining());
            while (data.hasRemaining()) {
                byte b = data.get();
                if (b == pattern(console, p)) {
                    p++;
                    continue;
                }
                wrong.incrementAndGet();
                if (firstWrong < 0) {
                    firstWrong = p;
                }
                int r = (b - console) & 0xFF;
                if (r < 251) {
                    long cand = p - Math.floorMod(p, 251) + r;
                    if (cand - p > 125) {
                        cand -= 251;
                    } else if (p - cand > 125) {
                        cand += 251;
                    }
                    gaps.incrementAndGet();
                    gapBytes.addAndGet(cand - p);
                    p = cand + 1;
                } else {
                    p++;
                }
            }
            position.set(p);
            c.request(1);
        }

        @Override
        public void onEvent(SolConsole c, SolEvent e) {
            events.merge(e.getClass().getSimpleName(), 1, Integer::sum);
        }

        @Override
        public void onError(SolConsole c, Throwable error) {
            events.merge("error " + error, 1, Integer::sum);
        }
    }
}
