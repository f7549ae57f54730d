package dev.ipmi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.SessionOptions;
import dev.ipmi.sol.SolConsole;
import dev.ipmi.sol.SolInUsePolicy;
import dev.ipmi.sol.SolListener;
import dev.ipmi.sol.SolOptions;
import dev.ipmi.testkit.sim.SimulatedBmc;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ipmi sol-log}: one log per host, a console in use left alone, a stolen console logged and not retaken. */
class SolLogTest {

    @Test
    void logsSkipsInUseAndLeavesStolenConsolesAlone(@TempDir Path dir) throws Exception {
        try (SimulatedBmc a = SimulatedBmc.newBuilder().start();
             SimulatedBmc b = SimulatedBmc.newBuilder().start();
             IpmiClient other = IpmiClient.newBuilder().build();
             Credentials admin = Credentials.of("admin", "adminpass")) {
            SolConsole holder = SolConsole.open(other, BmcAddress.of(b.address()), admin, SessionOptions.defaults(),
                    SolOptions.defaults(), new SolListener() { }).get(10, TimeUnit.SECONDS);
            Path hosts = Files.writeString(dir.resolve("hosts"), "# the second BMC\n127.0.0.1:" + b.port() + "\n");
            Path logs = dir.resolve("logs");
            Cli.Running r = Cli.start(InputStream.nullInputStream(), "-U", "admin", "-P", "adminpass", "sol-log",
                    logs.toString(), "127.0.0.1:" + a.port(), "--hosts", hosts.toString(), "--for", "30");
            assertTrue(a.sol().awaitActive(Duration.ofSeconds(10)));
            a.sol().hostOutput().write("boot line 1\r\n".getBytes(StandardCharsets.US_ASCII));
            Path logA = logs.resolve("127.0.0.1_" + a.port() + ".log");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!(Files.exists(logA) && Files.readString(logA).contains("boot line 1"))) {
                assertTrue(System.nanoTime() < deadline, "host output reaches the log");
                Thread.sleep(50);
            }
            SolConsole thief = SolConsole.open(other, BmcAddress.of(a.address()), admin, SessionOptions.defaults(),
                    SolOptions.defaults().withPolicy(SolInUsePolicy.TAKE_OVER).withForce(true), new SolListener() { })
                    .get(10, TimeUnit.SECONDS);
            Cli c = r.await(20); // every console has ended (one stolen, one never opened): the tool stops
            assertEquals(1, c.status(), "a console could not be opened: " + c);
            String log = Files.readString(logA);
            assertTrue(log.contains("ipmi] sol: console stolen by session " + Names.hex32(thief.session().bmcSessionId())), log);
            assertEquals(thief.session().bmcSessionId(), a.solOwnerSessionId(), "never retaken");
            assertTrue(c.err().contains("127.0.0.1:" + b.port() + ": cannot open the console: console in use by session "
                    + Names.hex32(holder.session().bmcSessionId())), c::toString);
            assertTrue(holder.isOpen(), "the console in use was left alone");
            assertTrue(Files.readString(logs.resolve("127.0.0.1_" + b.port() + ".log")).contains("--force takes it"));
            thief.close();
            holder.close();
        }
    }
}
