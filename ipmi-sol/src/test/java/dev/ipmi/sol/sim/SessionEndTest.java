package dev.ipmi.sol.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.sol.Recorder;
import dev.ipmi.sol.SolConsole;
import dev.ipmi.sol.SolEvent;
import dev.ipmi.sol.SolOptions;
import dev.ipmi.testkit.sim.SimulatedBmc;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A console whose IPMI session ends under it says so at once, not at its next ownership probe. */
class SessionEndTest {

    @Test
    void closingTheSessionUnderAConsoleIsReportedAtOnce() throws Exception {
        try (SimulatedBmc bmc = SimulatedBmc.newBuilder().start();
             IpmiClient client = IpmiClient.newBuilder().build()) {
            IpmiSession session = client.openSessionBlocking(BmcAddress.of(bmc.address()),
                    Credentials.of("admin", "adminpass"));
            Recorder r = new Recorder();
            SolConsole console = SolConsole.open(session, SolOptions.defaults().withProbeInterval(Duration.ofSeconds(30)),
                    r).get(5, TimeUnit.SECONDS);
            long t0 = System.nanoTime();
            session.close();
            assertTrue(r.closed.await(3, TimeUnit.SECONDS), "the console closed well before its 30 s probe");
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(3));
            assertFalse(console.isOpen());
            assertEquals(1, r.events.stream().filter(e -> e instanceof SolEvent.SessionLost).count(), r.events.toString());
            assertInstanceOf(SolEvent.SessionLost.class, r.events.get(r.events.size() - 1));
        }
    }
}
