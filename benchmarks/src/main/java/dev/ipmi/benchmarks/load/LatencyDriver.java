package dev.ipmi.benchmarks.load;

import dev.ipmi.core.command.app.GetDeviceId;
import dev.ipmi.core.command.chassis.GetChassisStatus;
import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.CipherSuitePolicy;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.lan.SessionOptions;
import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import dev.ipmi.testkit.refclient.FreeIpmi;
import dev.ipmi.testkit.refclient.Ipmitool;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.lan.IpmiEventListener;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Latency of one operation against a real BMC ({@code ipmi_sim}) from a warm JVM, next to
 * the same operation as the one-process-per-operation tools users shell out to today.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.ipmi.benchmarks.load.LatencyDriver [--quick]
 *      [--ops 5000] [--procs 30] [--sweeps 100] [--sdr-procs 10]
 * </pre>
 *
 * Lines: Get Chassis Status on an open session; open + Get Chassis Status + close; ipmitool
 * {@code -I lanplus -C 3 chassis status}; FreeIPMI {@code ipmi-chassis --get-chassis-status
 * -W opensesspriv}; a full sensor read (SDR walk + readings) on an open session, blocking and
 * pipelined; {@code ipmitool sdr list}. Every answer is checked (power state, sensor count).
 */
public final class LatencyDriver {
    static final Credentials ADMIN = Credentials.of("admin", "adminpass");
    static final SessionOptions SUITE_3 = SessionOptions.defaults().withCipherSuites(CipherSuitePolicy.explicit(3));

    private LatencyDriver() {}

    /** What a run checked, for the smoke test. */
    record Result(int commands, int sessions, int sweeps, int sensorsPerSweep, int peerRuns) { }

    public static void main(String[] args) throws Exception {
        System.out.println(run(new Args(args)));
    }

    static Result run(Args args) throws IOException, InterruptedException {
        int ops = args.intValue("ops", 200, 5000);
        int opens = args.intValue("opens", 10, 200);
        int procs = args.intValue("procs", 2, 30);
        int sweeps = args.intValue("sweeps", 5, 100);
        int sdrProcs = args.intValue("sdr-procs", 1, 10);
        int peerRuns = 0;
        System.out.println("LatencyDriver against ipmi_sim, cipher suite 3, " + (args.quick() ? "quick" : "full") + " mode");
        try (IpmiSimBmc bmc = IpmiSimBmc.start();
             IpmiClient client = IpmiClient.newBuilder().threadName("latency-client").build()) {
            BmcAddress address = BmcAddress.of(bmc.host(), bmc.port());
            boolean powerOn = bmc.isPoweredOn();
            int commands = 0;
            Samples status;
            Samples sweepBlocking;
            Samples sweepPipelined;
            int sensors;
            try (IpmiSession session = client.openSessionBlocking(address, ADMIN, SUITE_3)) {
                // Warm-up: JIT, the BMC's first-use paths.
                chassisStatus(session, powerOn, ops / 2);
                commands += ops / 2;
                status = new Samples(ops);
                for (int i = 0; i < ops; i++) {
                    long t = System.nanoTime();
                    chassisStatus(session, powerOn, 1);
                    status.add(System.nanoTime() - t);
                }
                commands += ops;
                System.out.println("Get Chassis Status, open session:      " + status.summary());
                // ipmi_sim asks its chassis hook (a shell script) for the power state on every Get
                // Chassis Status; Get Device ID shows the round trip without that.
                Samples deviceId = new Samples(ops);
                for (int i = 0; i < ops; i++) {
                    long t = System.nanoTime();
                    if (session.sendBlocking(new GetDeviceId()).manufacturerId() == 0) {
                        throw new IOException("Get Device ID: no manufacturer");
                    }
                    deviceId.add(System.nanoTime() - t);
                }
                commands += ops;
                System.out.println("Get Device ID, open session:           " + deviceId.summary());

                sensors = SensorSweep.blocking(session, null);
                sweepBlocking = new Samples(sweeps);
                sweepPipelined = new Samples(sweeps);
                for (int i = 0; i < sweeps; i++) {
                    long t = System.nanoTime();
                    expect(sensors, SensorSweep.blocking(session, null), "blocking sweep");
                    sweepBlocking.add(System.nanoTime() - t);
                    t = System.nanoTime();
                    SensorSweep.pipelined(session, null);
                    sweepPipelined.add(System.nanoTime() - t);
                }
                System.out.println("Sensor read (SDR walk + " + sensors + " readings), blocking:  " + sweepBlocking.summary());
                System.out.println("Sensor read, readings pipelined:       " + sweepPipelined.summary());
            }
            Samples openClose = new Samples(opens);
            for (int i = 0; i < opens; i++) {
                long t = System.nanoTime();
                try (IpmiSession s = client.openSessionBlocking(address, ADMIN, SUITE_3)) {
                    chassisStatus(s, powerOn, 1);
                }
                openClose.add(System.nanoTime() - t);
            }
            System.out.println("Open + Get Chassis Status + close:     " + openClose.summary());

            String power = powerOn ? "on" : "off";
            if (Peers.available("ipmitool")) {
                Ipmitool ipmitool = Ipmitool.forBmc(bmc);
                Samples tool = Peers.time(procs, "System Power         : " + power, () -> ipmitool.run("chassis", "status"));
                peerRuns += procs;
                System.out.println("ipmitool chassis status (process):     " + tool.summary());
                System.out.println("  ratio vs open session: " + Peers.ratio(tool, status)
                        + ", vs open+status+close: " + Peers.ratio(tool, openClose));
                Samples sdr = Peers.time(sdrProcs, "|", () -> ipmitool.run("sdr", "list"));
                peerRuns += sdrProcs;
                System.out.println("ipmitool sdr list (process):           " + sdr.summary());
                System.out.println("  ratio vs blocking read: " + Peers.ratio(sdr, sweepBlocking)
                        + ", vs pipelined: " + Peers.ratio(sdr, sweepPipelined));
            }
            if (Peers.available("ipmi-chassis")) {
                FreeIpmi freeIpmi = FreeIpmi.forBmc(bmc);
                Samples tool = Peers.time(procs, "System Power",
                        () -> freeIpmi.run("ipmi-chassis", "--get-chassis-status"));
                peerRuns += procs;
                System.out.println("FreeIPMI ipmi-chassis (process):       " + tool.summary());
                System.out.println("  ratio vs open session: " + Peers.ratio(tool, status)
                        + ", vs open+status+close: " + Peers.ratio(tool, openClose));
            }
            System.out.println("commands of one blocking sensor read: " + commandMix(address));
            return new Result(commands + opens, opens + 1, sweeps * 2, sensors, peerRuns);
        }
    }

    private static void chassisStatus(IpmiSession session, boolean powerOn, int times) throws IOException {
        for (int i = 0; i < times; i++) {
            if (session.sendBlocking(new GetChassisStatus()).powerOn() != powerOn) {
                throw new IOException("Get Chassis Status: wrong power state");
            }
        }
    }

    /** The commands one blocking sensor read sends, counted by a listener on a separate client. */
    private static Map<String, Integer> commandMix(BmcAddress address) throws IOException {
        Map<String, Integer> mix = new ConcurrentSkipListMap<>();
        IpmiEventListener counter = new IpmiEventListener() {
            @Override
            public void requestSent(IpmiSession session, CommandSpec command, int rqSeq) {
                mix.merge(command.name(), 1, Integer::sum);
            }
        };
        try (IpmiClient c = IpmiClient.newBuilder().eventListener(counter).executor(Runnable::run).build();
             IpmiSession s = c.openSessionBlocking(address, ADMIN, SUITE_3)) {
            mix.clear(); // only the sweep
            SensorSweep.blocking(s, null);
        }
        return mix;
    }

    static void expect(int want, int got, String what) throws IOException {
        if (want != got) {
            throw new IOException(what + ": " + got + " sensors, want " + want);
        }
    }
}
