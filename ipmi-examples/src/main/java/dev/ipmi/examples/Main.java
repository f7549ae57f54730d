package dev.ipmi.examples;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * The {@code ipmi} command-line tool: {@code ipmi [options] COMMAND [arguments]}. See
 * {@link Options} for the options and {@link Commands} for the commands. Every failure is one
 * line on stderr and an exit status from {@link Exit}; {@code -v} adds the debug log and stack
 * traces.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, System.getenv(), System.in, System.console() != null));
    }

    /** Runs the tool in-process (tests): no console input. */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        return run(args, out, err, env, InputStream.nullInputStream(), false);
    }

    /**
     * Runs the tool in-process and returns the exit status; never calls {@code System.exit}.
     * {@code interactive}: a person at a terminal (progress bars, raw-mode SOL console).
     */
    public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env, InputStream in,
            boolean interactive) {
        Options options;
        try {
            options = Options.parse(args, env);
        } catch (CliException e) {
            err.println("ipmi: " + e.getMessage() + " (ipmi --help lists the options)");
            return e.status();
        }
        Logging.configure(options.verbose);
        org.slf4j.LoggerFactory.getLogger(Main.class).debug("{}", options); // no secrets in Options.toString()
        if (options.command == null) {
            out.println(Options.USAGE + Commands.summaries());
            return options.help ? Exit.OK : Exit.USAGE_OR_LOGIN;
        }
        Command command = Commands.find(options.command);
        if (command == null) {
            err.println("ipmi: unknown command \"" + options.command + "\" (ipmi --help lists the commands)");
            return Exit.USAGE_OR_LOGIN;
        }
        if (options.help) {
            out.println(command.help());
            return Exit.OK;
        }
        Context ctx = new Context(options, out, err, in, env, interactive);
        try (ctx) {
            return command.run(ctx, List.copyOf(options.arguments));
        } catch (Throwable t) {
            CliException e = Failures.describe(t, ctx);
            err.println("ipmi " + command.name() + ": " + e.getMessage());
            if (options.verbose) {
                (e.getCause() != null ? e.getCause() : e).printStackTrace(err);
            }
            if (t instanceof Error && !(t instanceof AssertionError)) {
                throw (Error) t;
            }
            return e.status();
        } finally {
            out.flush();
            err.flush();
        }
    }
}
