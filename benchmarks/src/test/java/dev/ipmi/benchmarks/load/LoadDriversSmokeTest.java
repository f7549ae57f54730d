package dev.ipmi.benchmarks.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.testkit.junit.Prerequisites;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quick mode of every load driver, once, as a correctness check: the drivers throw on any
 * wrong answer, lost session or lost SOL byte, and these tests check what they counted.
 * Timings are printed, never asserted (the machine is shared; see LOAD.md).
 */
class LoadDriversSmokeTest {
    private static final Args QUICK = new Args(new String[] {"--quick"});

    @Test
    void latencyDriverAnswersEveryChassisStatusAndSensorRead() throws Exception {
        Prerequisites.fromEnvironment().requireIpmiSim();
        LatencyDriver.Result r = LatencyDriver.run(QUICK);
        assertEquals(510, r.commands(), "warm-up + measured + open/close commands");
        assertEquals(10, r.sweeps());
        assertTrue(r.sensorsPerSweep() > 0);
    }

    @Test
    void latencyProxyDriverReadsEverySensorThroughTheProxy() throws Exception {
        Prerequisites p = Prerequisites.fromEnvironment();
        p.requireIpmiSim();
        p.requireExecutables(List.of("ipmitool"));
        LatencyProxyDriver.Result r = LatencyProxyDriver.run(QUICK);
        assertEquals(8, r.sweeps());
        assertEquals(1, r.peerRuns());
        assertTrue(r.sensorsPerSweep() > 0);
    }

    @Test
    void fleetDriverKeepsEverySessionAndAnswer() throws Exception {
        Prerequisites p = Prerequisites.fromEnvironment();
        p.requireIpmiSim();
        p.requireExecutables(List.of("ipmitool"));
        FleetDriver.Result r = FleetDriver.run(QUICK);
        assertEquals(30, r.sessions());
        assertEquals(10, r.sweptBmcs());
        assertTrue(r.commands() > 0, "saturation answered nothing");
        assertEquals(4, r.peerRuns());
    }

    @Test
    void solFleetDriverLosesNoByte() throws Exception {
        SolFleetDriver.Result r = SolFleetDriver.run(QUICK);
        assertEquals(5, r.consoles());
        assertTrue(r.bytesSent() > 0);
        assertEquals(r.bytesSent(), r.bytesReceived());
        assertEquals(0, r.wrongBytes());
    }
}
