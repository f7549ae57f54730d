package dev.ipmi.examples;

import dev.ipmi.core.command.storage.ClearSel;
import dev.ipmi.core.command.storage.GetSelInfo;
import dev.ipmi.core.command.storage.RepositoryInfo;
import dev.ipmi.core.command.storage.ReserveSel;
import dev.ipmi.lan.IpmiSession;
import java.util.List;

/** {@code ipmi sel info | clear}; {@code list} needs the SEL decoder of ipmi-sdr. */
final class SelCommand implements Command {
    @Override
    public String name() {
        return "sel";
    }

    @Override
    public String summary() {
        return "info | clear: the System Event Log";
    }

    @Override
    public String help() {
        return """
                usage: ipmi [options] sel info [--json]
                       ipmi [options] sel clear

                info:  Get SEL Info (IPMI v2.0 31.2): version, entries, free space, last changes
                clear: Reserve SEL and Clear SEL (31.4, 31.9), waiting until the erase completed
                (sel list comes with the SEL decoder of the ipmi-sdr module)""";
    }

    @Override
    public int run(Context ctx, List<String> list) throws Exception {
        Args args = new Args(list);
        String sub = args.require("subcommand (info or clear)");
        args.done();
        IpmiSession s;
        switch (sub) {
            case "info" -> {
                s = ctx.session();
                RepositoryInfo i = s.sendBlocking(new GetSelInfo()).info();
                repository(i).print(ctx);
            }
            case "clear" -> {
                s = ctx.session();
                int reservation = s.sendBlocking(new ReserveSel()).reservationId();
                boolean done = s.sendBlocking(ClearSel.initiate(reservation)).completed();
                for (int i = 0; i < 50 && !done; i++) {
                    Thread.sleep(100);
                    done = s.sendBlocking(ClearSel.status(reservation)).completed();
                }
                ctx.print(Json.obj("cleared", done), done ? "Clearing SEL: done" : "Clearing SEL: still in progress");
            }
            case "list" -> throw new CliException(Exit.USAGE_OR_LOGIN,
                    "sel list is not in this build yet (it needs the SEL decoder of the ipmi-sdr module)");
            default -> throw CliException.usage("unknown sel subcommand \"" + sub + "\"; want info or clear");
        }
        return Exit.OK;
    }

    /** SEL and SDR repository info share a layout (IPMI v2.0 31.2, 33.9). */
    static Report repository(RepositoryInfo i) {
        return new Report()
                .put("version", "Version", i.versionMajor() + "." + i.versionMinor())
                .put("entries", "Entries", i.entries())
                .put("freeBytes", "Free Space", i.freeBytes(), i.freeBytes() + " bytes")
                .put("lastAddition", "Last Add Time", i.lastAddition().toString())
                .put("lastErase", "Last Del Time", i.lastErase().toString())
                .put("overflow", "Overflow", i.overflow())
                .put("supportsDelete", "Supports Delete", i.supportsDelete())
                .put("supportsReserve", "Supports Reserve", i.supportsReserve());
    }
}
