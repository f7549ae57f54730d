package dev.ipmi.examples;

import dev.ipmi.core.command.storage.ClearSel;
import dev.ipmi.core.command.storage.GetSelInfo;
import dev.ipmi.core.command.storage.RepositoryInfo;
import dev.ipmi.core.command.storage.ReserveSel;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.sdr.SdrRepository;
import dev.ipmi.sdr.SdrRepositoryReader;
import dev.ipmi.sdr.SensorRecord;
import dev.ipmi.sdr.sel.SelReader;
import dev.ipmi.sdr.sel.SelRecord;
import dev.ipmi.sdr.sel.SystemEventRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code ipmi sel info | list | clear}. */
final class SelCommand implements Command {
    @Override
    public String name() {
        return "sel";
    }

    @Override
    public String summary() {
        return "info | list | clear: the System Event Log";
    }

    @Override
    public String help() {
        return """
                usage: ipmi [options] sel info [--json]
                       ipmi [options] sel clear

                info:  Get SEL Info (IPMI v2.0 31.2): version, entries, free space, last changes
                       ipmi [options] sel list [--json]

                info:  Get SEL Info (IPMI v2.0 31.2): version, entries, free space, last changes
                list:  every entry (Get SEL Entry, 31.5), described with the sensor names from the SDRs
                clear: Reserve SEL and Clear SEL (31.4, 31.9), waiting until the erase completed""";
    }

    @Override
    public int run(Context ctx, List<String> list) throws Exception {
        Args args = new Args(list);
        String sub = args.require("subcommand (info, list or clear)");
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
            case "list" -> list(ctx, ctx.session());
            default -> throw CliException.usage("unknown sel subcommand \"" + sub + "\"; want info, list or clear");
        }
        return Exit.OK;
    }

    private static void list(Context ctx, IpmiSession s) throws Exception {
        ProgressBar bar = new ProgressBar(ctx, "reading SDRs");
        SdrRepository sdrs;
        try {
            sdrs = new SdrRepositoryReader(s).read(bar);
        } finally {
            bar.finish();
        }
        List<Map<String, Object>> json = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (SelRecord r : new SelReader(s).readAll()) {
            Map<String, Object> j = Json.obj("id", r.recordId(), "recordType", r.recordType());
            String line;
            if (r instanceof SystemEventRecord e) {
                SensorRecord sdr = sdrs.sensor(e.generatorAddress(), e.generatorId() >>> 8 & 0x03, e.sensorNumber())
                        .orElse(null);
                j.put("timestamp", e.timestamp().toString());
                j.put("sensorType", e.sensorType().name());
                j.put("sensorNumber", e.sensorNumber());
                j.put("sensor", sdr == null ? null : sdr.name());
                j.put("event", e.eventName().orElse(null));
                j.put("direction", e.deassertion() ? "deasserted" : "asserted");
                j.put("description", e.describe(sdr));
                line = e.timestamp() + " | " + e.describe(sdr);
            } else {
                line = r.toString();
                j.put("description", line);
            }
            json.add(j);
            text.append(text.length() > 0 ? "\n" : "").append(String.format("%4x | %s", r.recordId(), line));
        }
        ctx.print(json, text.length() == 0 ? "SEL has no entries" : text.toString());
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
