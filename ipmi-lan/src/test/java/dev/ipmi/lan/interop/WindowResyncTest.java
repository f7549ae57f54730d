package dev.ipmi.lan.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.command.app.GetDeviceId;
import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.CipherSuitePolicy;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.lan.IpmiTimeoutException;
import dev.ipmi.lan.RetryPolicy;
import dev.ipmi.lan.SessionOptions;
import dev.ipmi.testkit.sim.SimulatedBmc;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * After more BMC datagrams are lost in a row than the sequence window reaches ahead, an
 * integrity-protected session must get back in step (the auth code vouches for the far-ahead
 * number) instead of dropping every later datagram as out of window.
 */
class WindowResyncTest {

    @Test
    void anAuthenticatedSessionSurvivesALongBurstOfLostAnswers() throws Exception {
        RetryPolicy quick = RetryPolicy.defaults().withAttempts(2).withAttemptTimeout(Duration.ofMillis(50))
                .withDeadline(Duration.ofMillis(400));
        try (SimulatedBmc bmc = SimulatedBmc.newBuilder().start();
             IpmiClient client = IpmiClient.newBuilder().build();
             IpmiSession s = client.openSessionBlocking(BmcAddress.of(bmc.address()), Credentials.of("admin", "adminpass"),
                     SessionOptions.defaults().withCipherSuites(CipherSuitePolicy.explicit(3)).withRetryPolicy(quick))) {
            bmc.faults().dropOutbound(1.0);
            for (int i = 0; i < 12; i++) { // 12 requests x 2 attempts: 24 answers lost, more than 15 ahead
                ExecutionException e = assertThrows(ExecutionException.class, () -> s.send(new GetDeviceId()).get());
                assertTrue(e.getCause() instanceof IpmiTimeoutException, e.getCause().toString());
            }
            bmc.faults().reset();
            assertEquals(0x20, s.sendBlocking(new GetDeviceId()).deviceId());
            assertTrue(s.isOpen());
        }
    }
}
