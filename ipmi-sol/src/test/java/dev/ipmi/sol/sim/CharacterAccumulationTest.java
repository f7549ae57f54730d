package dev.ipmi.sol.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.command.transport.SetSolConfigurationParameters;
import dev.ipmi.core.command.transport.SolParameter;
import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.sol.Recorder;
import dev.ipmi.sol.SolConsole;
import dev.ipmi.sol.SolOptions;
import dev.ipmi.testkit.sim.SimulatedBmc;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The simulated BMC batches host output as its SOL configuration says (parameter 3): a few
 * characters wait for the accumulate interval, a threshold's worth goes at once.
 */
class CharacterAccumulationTest {

    @Test
    void aTrickleWaitsForTheIntervalAndAThresholdGoesAtOnce() throws Exception {
        try (SimulatedBmc bmc = SimulatedBmc.newBuilder().start();
             IpmiClient client = IpmiClient.newBuilder().build();
             IpmiSession session = client.openSessionBlocking(BmcAddress.of(bmc.address()),
                     Credentials.of("admin", "adminpass"))) {
            // 1 s interval (200 x 5 ms), threshold 20 characters
            session.sendBlocking(new SetSolConfigurationParameters(1,
                    new SolParameter.CharacterAccumulation(Duration.ofMillis(1000), 20)));
            Recorder r = new Recorder();
            SolConsole console = SolConsole.open(session, SolOptions.defaults(), r).get(5, TimeUnit.SECONDS);
            Thread.sleep(300); // let the console's opening exchange settle

            long t0 = System.nanoTime();
            bmc.sol().hostOutput().write("abc".getBytes(StandardCharsets.US_ASCII));
            while (!r.text().contains("abc") && System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(5)) {
                Thread.sleep(10);
            }
            long trickle = System.nanoTime() - t0;
            assertTrue(r.text().contains("abc"), r.text());
            assertTrue(trickle >= TimeUnit.MILLISECONDS.toNanos(800), "3 characters waited for the interval: "
                    + trickle / 1_000_000 + " ms");

            t0 = System.nanoTime();
            bmc.sol().hostOutput().write("0123456789ABCDEFGHIJKLMN".getBytes(StandardCharsets.US_ASCII));
            while (!r.text().endsWith("KLMN") && System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(5)) {
                Thread.sleep(10);
            }
            long burst = System.nanoTime() - t0;
            assertEquals("abc0123456789ABCDEFGHIJKLMN", r.text());
            assertTrue(burst < TimeUnit.MILLISECONDS.toNanos(700), "24 characters went without waiting: "
                    + burst / 1_000_000 + " ms");
            console.close();
        }
    }
}
