package dev.ipmi.examples;

import dev.ipmi.core.command.dcmi.GetPowerReading;
import java.util.List;

/** {@code ipmi dcmi power}: the DCMI system power reading. */
final class DcmiCommand implements Command {
    @Override
    public String name() {
        return "dcmi";
    }

    @Override
    public String summary() {
        return "power: DCMI power reading (current, minimum, maximum, average watts)";
    }

    @Override
    public String help() {
        return """
                usage: ipmi [options] dcmi power [--json]

                DCMI Get Power Reading (DCMI 1.5 6.6.1), system power statistics mode: watts now,
                minimum, maximum and average over the statistics period.""";
    }

    @Override
    public int run(Context ctx, List<String> list) throws Exception {
        Args args = new Args(list);
        String sub = args.require("subcommand (power)");
        args.done();
        if (!sub.equals("power")) {
            throw CliException.usage("unknown dcmi subcommand \"" + sub + "\"; want power");
        }
        GetPowerReading.Response r = ctx.session().sendBlocking(GetPowerReading.system());
        new Report()
                .put("currentWatts", "Instantaneous power reading", r.currentWatts(), r.currentWatts() + " Watts")
                .put("minimumWatts", "Minimum during sampling period", r.minimumWatts(), r.minimumWatts() + " Watts")
                .put("maximumWatts", "Maximum during sampling period", r.maximumWatts(), r.maximumWatts() + " Watts")
                .put("averageWatts", "Average power reading over sample period", r.averageWatts(), r.averageWatts() + " Watts")
                .put("timestamp", "IPMI timestamp", r.timestamp().toString())
                .put("periodSeconds", "Sampling period", r.statisticsPeriod().toSeconds(),
                        r.statisticsPeriod().toSeconds() + " seconds")
                .put("active", "Power reading state", r.measurementActive(), r.measurementActive() ? "activated" : "deactivated")
                .print(ctx);
        return Exit.OK;
    }
}
