package dev.ipmi.examples;

import dev.ipmi.testkit.sim.SimUser;
import dev.ipmi.testkit.sim.SimulatedBmc;
import dev.ipmi.testkit.sim.SolStealing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code ipmi simulate}: the simulated BMC in the foreground, for ipmitool, FreeIPMI or this tool. */
final class SimulateCommand implements Command {
    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String summary() {
        return "[-p port] [--steal MODE]: run the simulated BMC for other clients until Ctrl-C";
    }

    @Override
    public String help() {
        return """
                usage: ipmi [options] simulate [-p PORT] [--profile testbed] [--steal silent|deactivating|activate]
                                               [--for SECONDS] [--json]

                Runs ipmi-testkit's simulated BMC on 127.0.0.1 (a free port unless -p) until Ctrl-C
                (or for SECONDS), and prints its port and users, e.g.
                  ipmitool -I lanplus -H 127.0.0.1 -p PORT -U admin -P adminpass -C 17 chassis status
                --profile: testbed (the only one: ipmi_sim's testbed users, sensors, SEL and FRUs).
                --steal: what a second SOL session does to the first: silent (the BMC frees the
                payload on Deactivate and tells the old owner nothing; ipmi_sim's way, default),
                deactivating (the old owner's next packet has the "SOL deactivating" bit), activate
                (a second Activate Payload takes the console over).""";
    }

    @Override
    public int run(Context ctx, List<String> list) throws Exception {
        Args args = new Args(list);
        String port = args.option("-p");
        String profile = args.option("--profile");
        String steal = args.option("--steal");
        String duration = args.option("--for");
        args.done();
        if (profile != null && !profile.equals("testbed")) {
            throw CliException.usage("unknown profile \"" + profile + "\"; the only one is testbed");
        }
        if (ctx.options.host != null) {
            throw CliException.usage("simulate runs a BMC here; leave out -H");
        }
        SolStealing mode = steal == null ? SolStealing.SILENT : switch (steal) {
            case "silent" -> SolStealing.SILENT;
            case "deactivating" -> SolStealing.DEACTIVATING_BIT;
            case "activate" -> SolStealing.STEAL_ON_ACTIVATE;
            default -> throw CliException.usage("--steal wants silent, deactivating or activate, not \"" + steal + "\"");
        };
        int p = port != null ? Options.integer(port, "-p", 1, 0xFFFF) : ctx.options.port == null ? 0 : ctx.options.port;
        long seconds = duration == null ? 0 : Options.integer(duration, "--for", 1, 86_400);
        SimulatedBmc bmc;
        try {
            bmc = SimulatedBmc.newBuilder().port(p).solStealing(mode).start();
        } catch (java.io.IOException e) {
            throw new CliException(Exit.FAILED, "cannot start the simulated BMC on port " + p + ": " + e.getMessage(), e);
        }
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            bmc.close();
            stop.countDown();
        }, "ipmi-simulate-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            describe(ctx, bmc, mode);
            if (seconds > 0) {
                stop.await(seconds, TimeUnit.SECONDS);
            } else {
                stop.await();
            }
        } finally {
            bmc.close();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down: the hook runs anyway
            }
        }
        return Exit.OK;
    }

    private static void describe(Context ctx, SimulatedBmc bmc, SolStealing mode) {
        List<Map<String, Object>> users = new ArrayList<>();
        Table t = new Table("ID", "USER", "PASSWORD", "PRIVILEGE", "");
        for (SimUser u : bmc.users()) {
            String pw = new String(u.password(), StandardCharsets.ISO_8859_1);
            users.add(Json.obj("id", u.id(), "name", u.name(), "password", pw, "privilege", Names.lower(u.maxPrivilege()),
                    "enabled", u.enabled()));
            t.row(u.id(), u.name(), pw, Names.lower(u.maxPrivilege()), u.enabled() ? "" : "(disabled)");
        }
        String host = bmc.address().getAddress().getHostAddress();
        ctx.print(Json.obj("host", host, "port", bmc.port(), "solStealing", Names.lower(mode), "users", users),
                "simulated BMC listening on " + host + ":" + bmc.port() + " (SOL stealing: " + Names.lower(mode)
                        + "); Ctrl-C stops it\n" + t + "\ntry: ipmitool -I lanplus -H " + host + " -p " + bmc.port()
                        + " -U admin -P adminpass -C 17 chassis status");
        ctx.out.flush();
    }
}
