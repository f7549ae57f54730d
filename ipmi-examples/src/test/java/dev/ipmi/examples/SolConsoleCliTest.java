package dev.ipmi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.SessionOptions;
import dev.ipmi.sol.SolConsole;
import dev.ipmi.sol.SolEvent;
import dev.ipmi.sol.SolInUsePolicy;
import dev.ipmi.sol.SolListener;
import dev.ipmi.sol.SolOptions;
import dev.ipmi.testkit.sim.SimulatedBmc;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code ipmi sol} without a terminal, against the simulated BMC: text both ways, escapes, in use, stolen. */
class SolConsoleCliTest {
    private SimulatedBmc bmc;
    private PipedOutputStream keyboard;
    private PipedInputStream stdin;

    @BeforeEach
    void start() throws Exception {
        bmc = SimulatedBmc.newBuilder().start();
        keyboard = new PipedOutputStream();
        stdin = new PipedInputStream(keyboard);
    }

    @AfterEach
    void stop() throws Exception {
        keyboard.close();
        bmc.close();
    }

    private String[] sol(String... more) {
        String[] base = {"-H", "127.0.0.1:" + bmc.port(), "-U", "admin", "-P", "adminpass", "sol"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private void type(String text) throws Exception {
        keyboard.write(text.getBytes(StandardCharsets.US_ASCII));
        keyboard.flush();
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
            Thread.sleep(20);
        }
    }

    private String typedAtHost = "";

    private String hostReceived() {
        typedAtHost += bmc.sol().drainTyped();
        return typedAtHost;
    }

    @Test
    void textBothWaysThenEndOfInputLeaves() throws Exception {
        Cli.Running r = Cli.start(stdin, sol());
        assertTrue(bmc.sol().awaitActive(Duration.ofSeconds(10)), "the tool activated SOL");
        bmc.sol().hostOutput().write("login: ".getBytes(StandardCharsets.US_ASCII));
        await("host text on stdout", () -> r.outSoFar().contains("login: "));
        type("root\r");
        await("typed text at the host", () -> hostReceived().contains("root\r"));
        keyboard.close();
        Cli c = r.await(10);
        assertEquals(0, c.status(), c::toString);
        assertEquals("", c.err(), c::toString);
        await("payload released", () -> !bmc.sol().isActive());
    }

    @Test
    void escapesLeaveAndSendTildes() throws Exception {
        Cli.Running r = Cli.start(stdin, sol("-e", "%"));
        assertTrue(bmc.sol().awaitActive(Duration.ofSeconds(10)));
        type("%%x~y\r");
        await("a literal escape character", () -> hostReceived().contains("%x~y\r"));
        type("%B");
        await("a BREAK", () -> bmc.sol().breakCount() == 1);
        type("%.ignored");
        Cli c = r.await(10);
        assertEquals(0, c.status(), c::toString);
        assertFalse(hostReceived().contains("ignored"), "nothing after the leave escape is sent");
    }

    @Test
    void aConsoleInUseIsNotTakenWithoutForce() throws Exception {
        try (IpmiClient other = IpmiClient.newBuilder().build();
             Credentials c = Credentials.of("operator", "operpass").withPrivilege(dev.ipmi.core.command.PrivilegeLevel.OPERATOR)) {
            CompletableFuture<SolEvent.Stolen> stolen = new CompletableFuture<>();
            SolConsole held = SolConsole.open(other, BmcAddress.of(bmc.address()), c, SessionOptions.defaults(),
                    SolOptions.defaults().withProbeInterval(Duration.ofMillis(500)), new SolListener() {
                        @Override
                        public void onEvent(SolConsole console, SolEvent e) {
                            if (e instanceof SolEvent.Stolen s) {
                                stolen.complete(s);
                            }
                        }
                    }).get(10, TimeUnit.SECONDS);
            Cli refused = Cli.run(sol());
            assertEquals(5, refused.status(), refused::toString);
            assertTrue(refused.err().contains("ipmi sol: the console is in use by session "
                    + Names.hex32(held.session().bmcSessionId())) && refused.err().contains("--force takes it over"),
                    refused::toString);
            assertTrue(held.isOpen(), "the holder was not disturbed");

            Cli.Running forced = Cli.start(stdin, sol("--force"));
            SolEvent.Stolen s = stolen.get(10, TimeUnit.SECONDS);
            assertEquals("admin", s.newOwner().userName());
            keyboard.close();
            assertEquals(0, forced.await(10).status());
        }
    }

    @Test
    void aStolenConsoleExitsWithStatus3AndNamesTheThief() throws Exception {
        Cli.Running r = Cli.start(stdin, sol());
        assertTrue(bmc.sol().awaitActive(Duration.ofSeconds(10)));
        try (IpmiClient thief = IpmiClient.newBuilder().build();
             Credentials c = Credentials.of("operator", "operpass").withPrivilege(dev.ipmi.core.command.PrivilegeLevel.OPERATOR)) {
            SolConsole taken = SolConsole.open(thief, BmcAddress.of(bmc.address()), c, SessionOptions.defaults(),
                    SolOptions.defaults().withPolicy(SolInUsePolicy.TAKE_OVER).withForce(true), new SolListener() { })
                    .get(10, TimeUnit.SECONDS);
            Cli cli = r.await(15);
            assertEquals(3, cli.status(), cli::toString);
            String want = "sol: console stolen by session " + Names.hex32(taken.session().bmcSessionId())
                    + " (user 3 \"operator\", OPERATOR";
            assertTrue(cli.err().startsWith(want), cli::toString);
            assertEquals(1, cli.err().strip().lines().count(), cli::toString);
            assertEquals(taken.session().bmcSessionId(), bmc.solOwnerSessionId(), "the tool did not take it back");
            taken.close();
        }
    }

    @Test
    void jsonEventLines() throws Exception {
        Cli.Running r = Cli.start(stdin, sol("--json"));
        assertTrue(bmc.sol().awaitActive(Duration.ofSeconds(10)));
        try (IpmiClient thief = IpmiClient.newBuilder().build(); Credentials c = Credentials.of("admin", "adminpass")) {
            SolConsole taken = SolConsole.open(thief, BmcAddress.of(bmc.address()), c, SessionOptions.defaults(),
                    SolOptions.defaults().withPolicy(SolInUsePolicy.TAKE_OVER).withForce(true), new SolListener() { })
                    .get(10, TimeUnit.SECONDS);
            Cli cli = r.await(15);
            taken.close();
            assertEquals(3, cli.status(), cli::toString);
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> event = (java.util.Map<String, Object>) dev.ipmi.core.testing.MiniJson.parse(
                    cli.err().strip());
            assertEquals("stolen", event.get("event"));
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> owner = (java.util.Map<String, Object>) event.get("newOwner");
            assertEquals("admin", owner.get("userName"));
        }
    }
}
