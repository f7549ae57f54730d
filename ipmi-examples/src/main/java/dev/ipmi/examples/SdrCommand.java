package dev.ipmi.examples;

import dev.ipmi.core.command.storage.GetSdrRepositoryInfo;
import dev.ipmi.sdr.SdrRepository;
import dev.ipmi.sdr.SdrRepositoryReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code ipmi sdr info | dump FILE}. */
final class SdrCommand implements Command {
    @Override
    public String name() {
        return "sdr";
    }

    @Override
    public String summary() {
        return "info | dump FILE: the Sensor Data Record repository";
    }

    @Override
    public String help() {
        return """
                usage: ipmi [options] sdr info [--json]
                       ipmi [options] sdr dump FILE

                info: Get SDR Repository Info (IPMI v2.0 33.9): version, record count, free space,
                      last changes
                dump: every record, raw and back to back, into FILE (the format of ipmitool's
                      sdr dump, readable with ipmitool -S FILE)""";
    }

    @Override
    public int run(Context ctx, List<String> list) throws Exception {
        Args args = new Args(list);
        String sub = args.require("subcommand (info or dump)");
        if (sub.equals("dump")) {
            Path file = Path.of(args.require("FILE to dump to"));
            args.done();
            return dump(ctx, file);
        }
        args.done();
        if (!sub.equals("info")) {
            throw CliException.usage("unknown sdr subcommand \"" + sub + "\"; want info or dump");
        }
        SelCommand.repository(ctx.session().sendBlocking(new GetSdrRepositoryInfo()).info()).print(ctx);
        return Exit.OK;
    }

    private static int dump(Context ctx, Path file) throws Exception {
        ProgressBar bar = new ProgressBar(ctx, "reading SDRs");
        SdrRepository sdrs;
        try {
            sdrs = new SdrRepositoryReader(ctx.session()).read(bar);
        } finally {
            bar.finish();
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] r : sdrs.rawRecords()) {
            all.write(r);
        }
        try {
            Files.write(file, all.toByteArray());
        } catch (IOException e) {
            throw new CliException(Exit.FAILED, "cannot write " + file + ": " + e.getMessage(), e);
        }
        ctx.print(Json.obj("file", file.toString(), "records", sdrs.rawRecords().size(), "bytes", all.size()),
                "Dumped " + sdrs.rawRecords().size() + " records (" + all.size() + " bytes) to " + file);
        return Exit.OK;
    }
}
