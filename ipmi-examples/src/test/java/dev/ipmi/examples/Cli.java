package dev.ipmi.examples;

import dev.ipmi.core.testing.MiniJson;
import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the tool in-process and keeps what it printed. */
record Cli(int status, String out, String err) {

    static Cli run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new Cli(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs the tool on another thread with {@code in} as its stdin (SOL); output readable while it runs. */
    static Running start(InputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompletableFuture<Cli> done = CompletableFuture.supplyAsync(() -> {
            int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), in, false);
            return new Cli(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }, runnable -> {
            Thread t = new Thread(runnable, "cli-under-test");
            t.setDaemon(true);
            t.start();
        });
        return new Running(out, err, done);
    }

    /** A tool run in progress. */
    record Running(ByteArrayOutputStream out, ByteArrayOutputStream err, CompletableFuture<Cli> done) {
        String outSoFar() {
            synchronized (out) {
                return out.toString(StandardCharsets.UTF_8);
            }
        }

        Cli await(long seconds) throws Exception {
            return done.get(seconds, TimeUnit.SECONDS);
        }
    }

    static Cli run(String... args) {
        return run(Map.of(), args);
    }

    /** The tool pointed at {@code bmc} as admin with suite 3 (what the Ipmitool runner uses). */
    static Cli at(IpmiSimBmc bmc, String... args) {
        List<String> all = new ArrayList<>(List.of("-H", bmc.host(), "-p", String.valueOf(bmc.port()), "-U", "admin",
                "-P", "adminpass", "-C", "3"));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    Object json() {
        return MiniJson.parse(out);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> object() {
        return (Map<String, Object>) json();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> array() {
        return (List<Map<String, Object>>) json();
    }

    /** {@code Key : value} lines (ipmitool's and ours) as a map, keys and values trimmed. */
    static Map<String, String> fields(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.indexOf(" : ");
            if (colon < 0 && line.trim().endsWith(":")) {
                colon = line.lastIndexOf(':');
            }
            if (colon > 0) {
                m.putIfAbsent(line.substring(0, colon).trim(), line.substring(Math.min(line.length(), colon + 2)).trim());
            }
        }
        return m;
    }

    @Override
    public String toString() {
        return "exit " + status + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
}
