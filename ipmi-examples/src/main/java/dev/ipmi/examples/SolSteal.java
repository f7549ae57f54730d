package dev.ipmi.examples;

import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.SessionOptions;
import dev.ipmi.sol.SolConsole;
import dev.ipmi.sol.SolEvent;
import dev.ipmi.sol.SolInUsePolicy;
import dev.ipmi.sol.SolListener;
import dev.ipmi.sol.SolOptions;
import dev.ipmi.testkit.sim.SimulatedBmc;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The demo's console act: the simulated host boots on the SOL console, a second client takes
 * the console over, and the first console reports {@link SolEvent.Stolen} naming the thief and
 * stays down: the library never deactivates the thief or re-activates on its own.
 */
final class SolSteal {
    private static final String[] BOOT = {
        "BIOS v2.1 POST ... memory 65536 MB OK",
        "Booting from disk 0",
        "Linux version 6.8.0 (demo@testbed)",
        "systemd[1]: Reached target Multi-User System.",
        "testbed login: ",
    };

    private SolSteal() {}

    static void run(Context ctx, SimulatedBmc bmc) throws Exception {
        CompletableFuture<SolEvent.Stolen> stolen = new CompletableFuture<>();
        SolOptions watchful = SolOptions.defaults().withProbeInterval(Duration.ofSeconds(1));
        boolean[] lineStart = {true};
        SolConsole first = SolConsole.open(ctx.session(), watchful, new SolListener() {
            @Override
            public void onData(SolConsole c, ByteBuffer data) {
                for (char ch : StandardCharsets.UTF_8.decode(data).toString().replace("\r", "").toCharArray()) {
                    if (lineStart[0]) {
                        ctx.out.print("   | ");
                    }
                    ctx.out.print(ch);
                    lineStart[0] = ch == '\n';
                }
                ctx.out.flush();
                c.request(1);
            }

            @Override
            public void onEvent(SolConsole c, SolEvent e) {
                if (e instanceof SolEvent.Stolen s) {
                    stolen.complete(s);
                }
            }
        }).get(10, TimeUnit.SECONDS);
        ctx.out.println("console 1 is open on session " + Names.hex32(first.session().bmcSessionId()) + "; the host boots:");
        OutputStream host = bmc.sol().hostOutput();
        for (String line : BOOT) {
            host.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            host.flush();
            Thread.sleep(150);
        }
        Thread.sleep(300);
        if (!lineStart[0]) {
            ctx.out.println();
        }
        ctx.out.println("a second client (its own IpmiClient and session) takes the console over with --force ...");
        try (IpmiClient other = IpmiClient.newBuilder().threadName("ipmi-demo-thief").build();
             Credentials admin = Credentials.of(LocalBmc.USER, LocalBmc.PASSWORD)) {
            SolConsole thief = SolConsole.open(other, ctx.bmc(), admin, SessionOptions.defaults(),
                    SolOptions.defaults().withPolicy(SolInUsePolicy.TAKE_OVER).withForce(true), new SolListener() { })
                    .get(10, TimeUnit.SECONDS);
            SolEvent.Stolen s = stolen.get(10, TimeUnit.SECONDS);
            ctx.out.println("console 1 got the event: sol: " + SolEvents.text(s));
            ctx.out.println("the thief is session " + Names.hex32(thief.session().bmcSessionId())
                    + "; console 1 is " + (first.isOpen() ? "still open (unexpected)" : "closed")
                    + ", and the BMC's SOL owner is " + Names.hex32(bmc.solOwnerSessionId())
                    + ": the library did not reconnect or take the console back.");
            thief.close();
        }
        first.close();
    }
}
