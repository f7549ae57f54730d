package dev.ipmi.examples;

import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.CipherSuitePolicy;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.lan.IpmiTimeoutException;
import dev.ipmi.lan.IpmiVersion;
import dev.ipmi.lan.RetryPolicy;
import dev.ipmi.lan.SessionOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one run of the tool works with: the parsed options, the streams, and the BMC, client and
 * session, each created on first use and closed (session first) when the run ends.
 */
final class Context implements AutoCloseable {
    final Options options;
    final PrintStream out;
    final PrintStream err;
    final InputStream in;
    final Map<String, String> env;
    /** Whether a person is watching (stdin and stdout are a terminal): progress bars, raw console mode. */
    final boolean interactive;

    private LocalBmc localBmc;
    private IpmiClient client;
    private final List<IpmiSession> sessions = new ArrayList<>();
    private final Thread shutdownHook = new Thread(this::close, "ipmi-cli-close");
    private boolean closed;

    Context(Options options, PrintStream out, PrintStream err, InputStream in, Map<String, String> env,
            boolean interactive) {
        this.interactive = interactive;
        this.options = options;
        this.out = out;
        this.err = err;
        this.in = in;
        this.env = env;
    }

    boolean json() {
        return options.json;
    }

    /** The embedded BMC, when no -H was given and it has been started; else null. */
    LocalBmc localBmc() {
        return localBmc;
    }

    /** The BMC named by {@code -H}/{@code -p}, or the embedded one (started now). */
    synchronized BmcAddress bmc() throws CliException {
        if (options.host == null) {
            if (localBmc == null) {
                localBmc = LocalBmc.start();
            }
            return localBmc.address(); // -p belongs to -H (and to simulate)
        }
        return address(options.host);
    }

    /** {@code host[:port]} with {@code -p} as the default port. */
    BmcAddress address(String hostAndPort) throws CliException {
        try {
            BmcAddress a = BmcAddress.parse(hostAndPort);
            // host:port and [v6]:port name a port; host, [v6] and a bare IPv6 literal do not
            boolean portGiven = hostAndPort.contains("]:")
                    || hostAndPort.indexOf(':') >= 0 && hostAndPort.indexOf(':') == hostAndPort.lastIndexOf(':');
            if (!portGiven && options.port != null) {
                return BmcAddress.of(a.socketAddress().getAddress().getHostAddress(), options.port);
            }
            return a;
        } catch (IllegalArgumentException e) {
            throw CliException.usage("bad BMC address \"" + hostAndPort + "\": " + e.getMessage());
        }
    }

    /** Requests are sent {@code -R} times within {@code -N} seconds, evenly spaced. */
    RetryPolicy retryPolicy() {
        Duration total = Duration.ofSeconds(options.timeoutSeconds);
        Duration each = total.dividedBy(options.tries);
        return RetryPolicy.defaults().withAttempts(options.tries).withBackoff(1.0, each).withAttemptTimeout(each)
                .withSideEffectAttemptTimeout(each).withDeadline(total);
    }

    synchronized IpmiClient client() {
        if (client == null) {
            client = IpmiClient.newBuilder().threadName("ipmi-cli").retryPolicy(retryPolicy()).build();
            // Killed (SIGTERM, SIGHUP): still close the sessions, so they do not hold BMC slots until they time out.
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        return client;
    }

    /** The session with the command-line credentials, opened on first use. */
    synchronized IpmiSession session() throws CliException, IOException {
        if (!sessions.isEmpty() && sessions.get(0).isOpen()) {
            return sessions.get(0);
        }
        return newSession();
    }

    /** Another session with the same credentials (a second console client, for instance). */
    synchronized IpmiSession newSession() throws CliException, IOException {
        BmcAddress bmc = bmc();
        try (Credentials c = credentials()) {
            IpmiSession s = client().openSessionBlocking(bmc, c, sessionOptions());
            sessions.add(s);
            return s;
        } catch (IpmiTimeoutException e) {
            throw new CliException(Exit.FAILED, noAnswer(bmc), e);
        }
    }

    /** The one-line message for a BMC that never answered, in the units the options used. */
    String noAnswer(BmcAddress bmc) {
        return "BMC did not answer " + bmc + " within " + options.timeoutSeconds + " s (" + options.tries
                + (options.tries == 1 ? " try)" : " tries)") + "; check the address and port, or raise -N";
    }

    /** The user name that logs in (for messages). */
    String userName() {
        if (options.user != null) {
            return options.user;
        }
        return options.host == null ? LocalBmc.USER : "";
    }

    /** The command-line credentials (a new instance: close it when done). */
    Credentials credentials() throws CliException {
        byte[] password = options.password;
        if (password == null) {
            password = options.host == null && options.user == null ? LocalBmc.PASSWORD.getBytes(StandardCharsets.UTF_8)
                    : new byte[0];
        }
        try {
            // No -U means the anonymous (null) user, as in ipmitool: asked for by name, as the library wants.
            String user = userName();
            Credentials c = user.isEmpty() ? Credentials.nullUser(password) : Credentials.of(user, password);
            return c.withKg(options.kg).withPrivilege(options.privilege);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    SessionOptions sessionOptions() {
        SessionOptions o = SessionOptions.defaults().withRetryPolicy(retryPolicy());
        if (options.ipmi15) {
            o = o.withVersion(IpmiVersion.V1_5);
            if (options.authType != null) {
                o = o.withAuthType(options.authType);
            }
        } else if (options.cipherSuite != null) {
            CipherSuitePolicy p = CipherSuitePolicy.explicit(options.cipherSuite);
            // Asking for suite 0 by number is asking for no authentication: allowed, as ipmitool does.
            o = o.withCipherSuites(options.cipherSuite == 0 ? p.allowingUnauthenticated() : p);
        }
        return o;
    }

    /** Prints a JSON value or, without {@code --json}, the human text. */
    void print(Object json, String human) {
        out.println(json() ? Json.write(json) : human);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (client != null && Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down; the hook may run too and find everything closed
            }
        }
        for (IpmiSession s : sessions) {
            s.close();
        }
        if (client != null) {
            client.close();
        }
        if (localBmc != null) {
            localBmc.close();
        }
        options.wipe();
    }
}
