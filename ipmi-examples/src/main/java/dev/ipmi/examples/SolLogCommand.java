package dev.ipmi.examples;

import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.Credentials;
import dev.ipmi.sol.SolConsole;
import dev.ipmi.sol.SolEvent;
import dev.ipmi.sol.SolInUseException;
import dev.ipmi.sol.SolInUsePolicy;
import dev.ipmi.sol.SolListener;
import dev.ipmi.sol.SolOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * {@code ipmi sol-log DIR host...}: log many consoles at once, conserver-style, one file per
 * host, all on one client. A stolen console is logged and left alone; consoles in use are taken
 * only with {@code --force}.
 */
final class SolLogCommand implements Command {
    @Override
    public String name() {
        return "sol-log";
    }

    @Override
    public String summary() {
        return "DIR host[:port]...: log many SOL consoles, one file per host";
    }

    @Override
    public String help() {
        return """
                usage: ipmi [options] sol-log DIR [HOST[:PORT] ...] [--hosts FILE] [--timestamps] [--force]
                                                  [--for SECONDS] [--json]

                Opens the SOL console of every host (from the arguments and/or FILE, one per line,
                # comments) with the -U/-P/-E/-f credentials, and appends each console's output to
                DIR/HOST_PORT.log until Ctrl-C (or for SECONDS). --timestamps starts every line with
                the time. Events (stolen, deactivated, session lost) are written to the log and to
                stderr, one line each (--json: JSON lines with a "host" field). A stolen console is
                logged and left alone, never taken back; a console in use is skipped unless --force.
                Without hosts and -H, logs the embedded simulated BMC. Exit status 1 when a console
                could not be opened.""";
    }

    @Override
    public int run(Context ctx, List<String> list) throws Exception {
        Args args = new Args(list);
        boolean timestamps = args.flag("--timestamps");
        boolean force = args.flag("--force");
        String hostsFile = args.option("--hosts");
        String duration = args.option("--for");
        Path dir = Path.of(args.require("DIR for the log files"));
        List<BmcAddress> hosts = new ArrayList<>();
        for (String h : args.rest()) {
            hosts.add(ctx.address(h));
        }
        if (hostsFile != null) {
            for (String line : read(Path.of(hostsFile))) {
                String h = line.replaceAll("#.*", "").strip();
                if (!h.isEmpty()) {
                    hosts.add(ctx.address(h));
                }
            }
        }
        if (hosts.isEmpty()) {
            hosts.add(ctx.bmc());
        }
        long seconds = duration == null ? 0 : Options.integer(duration, "--for", 1, 86_400 * 365);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new CliException(Exit.FAILED, "cannot create " + dir + ": " + e.getMessage(), e);
        }
        SolOptions options = force ? SolOptions.defaults().withPolicy(SolInUsePolicy.TAKE_OVER).withForce(true)
                : SolOptions.defaults();
        CountDownLatch allEnded = new CountDownLatch(hosts.size());
        List<HostLog> logs = new ArrayList<>();
        int status = Exit.OK;
        try (Credentials credentials = ctx.credentials()) {
            List<CompletableFuture<SolConsole>> opening = new ArrayList<>();
            for (BmcAddress h : hosts) {
                HostLog log = new HostLog(ctx, h, dir.resolve(fileName(h)), timestamps, allEnded);
                logs.add(log);
                opening.add(SolConsole.open(ctx.client(), h, credentials, ctx.sessionOptions(), options, log));
            }
            for (int i = 0; i < logs.size(); i++) {
                HostLog log = logs.get(i);
                try {
                    log.console = opening.get(i).get();
                    log.event("console open, logging to " + log.file);
                } catch (ExecutionException e) {
                    status = Exit.FAILED;
                    String why = e.getCause() instanceof SolInUseException in
                            ? "console in use by " + SolEvents.owner(in.owner()) + "; not taken (--force takes it)"
                            : Failures.describe(e, ctx).getMessage();
                    log.event("cannot open the console: " + why);
                    log.end();
                }
            }
            CountDownLatch stop = new CountDownLatch(1);
            Thread hook = new Thread(stop::countDown, "ipmi-sol-log-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                long deadline = seconds > 0 ? System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds) : Long.MAX_VALUE;
                while (allEnded.getCount() > 0 && stop.getCount() > 0 && System.nanoTime() < deadline) {
                    allEnded.await(200, TimeUnit.MILLISECONDS);
                }
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // shutting down
                }
            }
        } finally {
            for (HostLog log : logs) {
                log.close();
            }
        }
        return status;
    }

    private static List<String> read(Path file) throws CliException {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw CliException.usage("cannot read the hosts file " + file + ": " + e.getMessage());
        }
    }

    /** {@code 10.0.0.5:623} becomes {@code 10.0.0.5_623.log}; IPv6 colons too. */
    static String fileName(BmcAddress a) {
        return a.toString().replaceAll("[^A-Za-z0-9.-]+", "_").replaceAll("^_|_$", "") + ".log";
    }

    /** One host's console: its log file, and its events on stderr. */
    private static final class HostLog implements SolListener {
        private final Context ctx;
        private final BmcAddress host;
        private final Path file;
        private final boolean timestamps;
        private final CountDownLatch allEnded;
        private final OutputStream out;
        private volatile SolConsole console;
        private boolean lineStart = true;
        private boolean ended;

        HostLog(Context ctx, BmcAddress host, Path file, boolean timestamps, CountDownLatch allEnded) throws CliException {
            this.ctx = ctx;
            this.host = host;
            this.file = file;
            this.timestamps = timestamps;
            this.allEnded = allEnded;
            try {
                this.out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new CliException(Exit.FAILED, "cannot open " + file + ": " + e.getMessage(), e);
            }
        }

        @Override
        public synchronized void onData(SolConsole c, ByteBuffer data) {
            try {
                while (data.hasRemaining()) {
                    byte b = data.get();
                    if (timestamps && lineStart) {
                        out.write(("[" + Instant.now() + "] ").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(b);
                    lineStart = b == '\n';
                }
                out.flush();
            } catch (IOException e) {
                event("cannot write " + file + ": " + e.getMessage());
            }
            c.request(1);
        }

        @Override
        public void onEvent(SolConsole c, SolEvent e) {
            if (ctx.json()) {
                var j = SolEvents.json(e);
                j.put("host", host.toString());
                logLine("sol: " + SolEvents.text(e));
                ctx.err.println(Json.line(j));
            } else {
                event("sol: " + SolEvents.text(e));
            }
            if (e instanceof SolEvent.Stolen || e instanceof SolEvent.Deactivated || e instanceof SolEvent.SessionLost) {
                end();
            }
        }

        @Override
        public void onError(SolConsole c, Throwable error) {
            event("console failed: " + Failures.describe(error, ctx).getMessage());
            end();
        }

        @Override
        public void onClose(SolConsole c) {
            end();
        }

        /** A line in the log (between markers, on a line of its own) and on stderr. */
        synchronized void event(String text) {
            logLine(text);
            if (ctx.json()) {
                ctx.err.println(Json.line(Json.obj("host", host.toString(), "event", "log", "text", text)));
            } else {
                ctx.err.println(host + ": " + text);
            }
        }

        private synchronized void logLine(String text) {
            try {
                out.write(((lineStart ? "" : "\n") + "[" + Instant.now() + " ipmi] " + text + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
                lineStart = true;
            } catch (IOException e) {
                ctx.err.println(host + ": cannot write " + file + ": " + e.getMessage());
            }
        }

        synchronized void end() {
            if (!ended) {
                ended = true;
                allEnded.countDown();
            }
        }

        void close() {
            SolConsole c = console;
            if (c != null && c.isOpen()) {
                c.close();
                event("console closed");
            }
            try {
                out.close();
            } catch (IOException e) {
                // nothing more to write
            }
        }
    }
}
