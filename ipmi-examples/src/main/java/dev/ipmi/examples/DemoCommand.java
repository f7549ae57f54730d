package dev.ipmi.examples;

import java.util.List;

/**
 * {@code ipmi demo}: a guided tour of the library on the embedded BMC, each step printing what
 * it does and then running the tool's own command for it. Parts whose modules are not in this
 * build say so and are skipped; the tour always ends with exit status 0 when the BMC runs.
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

                Starts the embedded BMC and walks through the library: negotiate a session and
                show the cipher suite, device info, a chassis power cycle, the SDR repository and
                the SEL, then what the SOL console does. Ignores -H: it always uses its own BMC.""";
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
        step(ctx, "4. Sensor Data Record repository", "sdr", "info");
        step(ctx, "5. System Event Log", "sel", "info");
        step(ctx, "6. Who is logged in: this session as the BMC sees it", "session", "info");
        ctx.out.println();
        ctx.out.println("== 7. Sensors table, FRU and the SOL console with a steal");
        ctx.out.println("   not in this build yet: they need the ipmi-sdr and ipmi-sol modules.");
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
