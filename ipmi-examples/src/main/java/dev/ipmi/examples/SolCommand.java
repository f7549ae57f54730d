package dev.ipmi.examples;

import dev.ipmi.sol.SolConsole;
import dev.ipmi.sol.SolEvent;
import dev.ipmi.sol.SolInUseException;
import dev.ipmi.sol.SolInUsePolicy;
import dev.ipmi.sol.SolListener;
import dev.ipmi.sol.SolOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * {@code ipmi sol [--force] [-e CHAR]}: the host's serial console. At a terminal it runs in raw
 * mode with {@code ~.} to leave; otherwise it copies stdin to the console and the console to
 * stdout, for scripts. {@code ipmi sol info} shows the SOL configuration.
 */
final class SolCommand implements Command {
    /** After stdin ends (scripts), how long the console may stay quiet before the tool leaves. */
    private static final long QUIET_MILLIS = 700;
    private static final long MAX_DRAIN_MILLIS = 5_000;

    @Override
    public String name() {
        return "sol";
    }

    @Override
    public String summary() {
        return "[--force] [-e CHAR] serial console (~. leaves) | info [channel]: SOL configuration";
    }

    @Override
    public String help() {
        return """
                usage: ipmi [options] sol [--force] [-e CHAR] [--json]
                       ipmi [options] sol info [CHANNEL] [--json]

                The host's serial console over the LAN (IPMI v2.0 chapters 15, 24). At a terminal
                the terminal is switched to raw mode (restored on every exit); after a new line,
                ~. leaves, ~B sends a serial BREAK, ~? shows the escapes, ~~ sends a ~ (-e changes
                the escape character). Without a terminal, stdin is copied to the console and the
                console to stdout; the tool leaves once stdin has ended and the console is quiet.
                Events go to stderr, one line each (--json: one JSON object per line), e.g.
                  sol: console stolen by session 0x00000c82 (user 2 "admin", ADMINISTRATOR) via ownership probe
                A console held by another session is not taken unless --force is given. A stolen
                console is never taken back.
                Exit status: 0 left by the user, 3 console stolen, 4 session lost, 5 console in use
                (without --force), 2 bad arguments or login failure, 1 anything else.

                info: Get SOL Configuration Parameters (26.3) 1 to 8.""";
    }

    @Override
    public int run(Context ctx, List<String> list) throws Exception {
        if (!list.isEmpty() && list.get(0).equals("info")) {
            return new SolInfoCommand().run(ctx, list.subList(1, list.size()));
        }
        Args args = new Args(list);
        boolean force = args.flag("--force");
        String e = args.option("-e");
        args.done();
        if (e != null && e.length() != 1) {
            throw CliException.usage("-e wants one character, not \"" + e + "\"");
        }
        char escape = e == null ? '~' : e.charAt(0);
        SolOptions options = SolOptions.defaults();
        if (force) {
            options = options.withPolicy(SolInUsePolicy.TAKE_OVER).withForce(true);
        }
        CompletableFuture<Integer> ended = new CompletableFuture<>();
        Listener listener = new Listener(ctx, ended);
        SolConsole console = open(ctx, options, listener);
        Terminal terminal = ctx.interactive ? Terminal.raw() : null;
        try {
            if (terminal != null) {
                ctx.err.print("sol: connected to " + console.session().bmc() + "; " + escape + ". leaves, " + escape
                        + "? lists the escapes\r\n");
            }
            Thread input = new Thread(() -> pump(ctx, console, listener, escape, ended), "ipmi-sol-input");
            input.setDaemon(true); // a blocked read of stdin must not keep the JVM alive
            input.start();
            return ended.get();
        } finally {
            if (terminal != null) {
                terminal.restore();
            }
            console.close(); // Deactivate Payload only if the console is still ours
        }
    }

    static SolConsole open(Context ctx, SolOptions options, SolListener listener) throws Exception {
        try {
            return SolConsole.open(ctx.session(), options, listener).get();
        } catch (ExecutionException x) {
            if (x.getCause() instanceof SolInUseException in) {
                throw new CliException(Exit.IN_USE, "the console is in use by " + SolEvents.owner(in.owner())
                        + "; --force takes it over", in);
            }
            throw x;
        }
    }

    /** Typed bytes to the console, escapes applied; at end of input, waits for the console to go quiet. */
    private static void pump(Context ctx, SolConsole console, Listener listener, char escape,
            CompletableFuture<Integer> ended) {
        EscapeFilter filter = new EscapeFilter(escape);
        byte[] buf = new byte[1024];
        EscapeFilter.Sink sink = new EscapeFilter.Sink() {
            @Override
            public void data(byte[] bytes) {
                console.write(ByteBuffer.wrap(bytes)).join();
            }

            @Override
            public void quit() {
                ended.complete(Exit.OK);
            }

            @Override
            public void sendBreak() {
                console.sendBreak().join();
            }

            @Override
            public void help() {
                ctx.err.print(EscapeFilter.help(escape) + "\r\n");
            }
        };
        try {
            int n;
            while (!ended.isDone() && (n = ctx.in.read(buf)) > 0) {
                filter.feed(buf, n, sink);
            }
            if (!ended.isDone()) {
                listener.awaitQuiet();
                ended.complete(Exit.OK);
            }
        } catch (IOException | RuntimeException x) {
            if (!ended.isDone()) {
                ctx.err.println("ipmi sol: " + Failures.describe(x, ctx).getMessage());
                ended.complete(Failures.describe(x, ctx).status());
            }
        }
    }

    /** Console output to stdout, events to stderr; an ending event decides the exit status. */
    private static final class Listener implements SolListener {
        private final Context ctx;
        private final CompletableFuture<Integer> ended;
        private volatile long lastData = System.nanoTime();

        Listener(Context ctx, CompletableFuture<Integer> ended) {
            this.ctx = ctx;
            this.ended = ended;
        }

        @Override
        public void onData(SolConsole c, ByteBuffer data) {
            byte[] b = new byte[data.remaining()];
            data.get(b);
            ctx.out.write(b, 0, b.length);
            ctx.out.flush();
            lastData = System.nanoTime();
            c.request(1);
        }

        @Override
        public void onEvent(SolConsole c, SolEvent e) {
            ctx.err.print((ctx.json() ? Json.line(SolEvents.json(e)) : "sol: " + SolEvents.text(e))
                    + (ctx.interactive ? "\r\n" : "\n"));
            ctx.err.flush();
            if (e instanceof SolEvent.Stolen || e instanceof SolEvent.Deactivated || e instanceof SolEvent.SessionLost) {
                ended.complete(SolEvents.status(e));
            }
        }

        @Override
        public void onError(SolConsole c, Throwable error) {
            CliException x = Failures.describe(error, ctx);
            ctx.err.println("ipmi sol: " + x.getMessage());
            ended.complete(x.status());
        }

        @Override
        public void onClose(SolConsole c) {
            ended.complete(Exit.OK);
        }

        /** Waits until the console has been quiet a moment (the host's answer to the last input has arrived). */
        void awaitQuiet() {
            long start = System.nanoTime();
            lastData = start;
            while (!ended.isDone() && millisSince(start) < MAX_DRAIN_MILLIS && millisSince(lastData) < QUIET_MILLIS) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException x) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private static long millisSince(long nanos) {
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
        }
    }
}
