package dev.ipmi.examples;

import java.util.List;

/**
 * {@code ipmi demo}: a guided tour of the library on the embedded simulated BMC, each step
 * printing what it does and then running the tool's own command for it, ending with a SOL
 * console being stolen.
 */
final class DemoCommand implements Command {
    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "a guided tour on the embedded simulated BMC, in under a minute";
    }

    @Override
    public String help() {
        return """
                usage: ipmi [options] demo

                Starts the embedded simulated BMC and walks through the library: negotiate a
                session and show the cipher suite, device info, a chassis power cycle, the sensors
                table, the SEL, the FRU inventory, then a SOL console streaming the host's boot
                text, which a second client steals: the first console reports the Stolen event
                naming the thief, and the library does not reconnect. Always uses its own BMC.""";
    }

    @Override
    public int run(Context ctx, List<String> args) throws Exception {
        new Args(args).done();
        if (ctx.options.host != null) {
            throw CliException.usage("demo runs on its own embedded BMC; leave out -H");
        }
        long t0 = System.nanoTime();
        step(ctx, "1. Negotiate a session: the client lists the BMC's cipher suites and takes the strongest that works",
                "suites");
        step(ctx, "2. Device information (Get Device ID, Get Device GUID)", "info");
        step(ctx, "3. Chassis: status, then a power cycle", "chassis", "status");
        step(ctx, null, "chassis", "power", "cycle");
        step(ctx, null, "chassis", "power", "status");
        step(ctx, "4. Sensors: the SDR repository is read (progress bar at a terminal), then every reading",
                "sensors");
        step(ctx, "5. System Event Log, described with the sensor names from the SDRs", "sel", "list");
        step(ctx, "6. FRU inventory", "fru");
        step(ctx, "7. Who is logged in: this session as the BMC sees it", "session", "info");
        ctx.out.println();
        ctx.out.println("== 8. Serial-over-LAN: a console, and a second client stealing it");
        SolSteal.run(ctx, ctx.localBmc().simulator());
        ctx.out.println();
        ctx.out.printf("demo done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return Exit.OK;
    }

    private static void step(Context ctx, String title, String... command) throws Exception {
        if (title != null) {
            ctx.out.println();
            ctx.out.println("== " + title);
        }
        ctx.out.println("$ ipmi " + String.join(" ", command));
        Command c = Commands.find(command[0]);
        int status = c.run(ctx, List.of(command).subList(1, command.length));
        if (status != Exit.OK) {
            throw new CliException(status, "demo step \"" + String.join(" ", command) + "\" failed");
        }
    }
}
