package dev.ipmi.examples;

import dev.ipmi.core.command.storage.GetSdrRepositoryInfo;
import java.util.List;

/** {@code ipmi sdr info}; {@code sdr dump} and {@code sensors} need the ipmi-sdr module. */
final class SdrCommand implements Command {
    @Override
    public String name() {
        return "sdr";
    }

    @Override
    public String summary() {
        return "info: the Sensor Data Record repository";
    }

    @Override
    public String help() {
        return """
                usage: ipmi [options] sdr info [--json]

                Get SDR Repository Info (IPMI v2.0 33.9): version, record count, free space, last
                changes. (sdr dump FILE comes with the ipmi-sdr module.)""";
    }

    @Override
    public int run(Context ctx, List<String> list) throws Exception {
        Args args = new Args(list);
        String sub = args.require("subcommand (info)");
        if (sub.equals("dump")) {
            throw new CliException(Exit.USAGE_OR_LOGIN, "sdr dump is not in this build yet (it needs the ipmi-sdr module)");
        }
        args.done();
        if (!sub.equals("info")) {
            throw CliException.usage("unknown sdr subcommand \"" + sub + "\"; want info");
        }
        SelCommand.repository(ctx.session().sendBlocking(new GetSdrRepositoryInfo()).info()).print(ctx);
        return Exit.OK;
    }
}
