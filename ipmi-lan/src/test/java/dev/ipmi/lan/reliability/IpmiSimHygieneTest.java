package dev.ipmi.lan.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ipmi.core.command.session.GetSessionInfo;
import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.CipherSuitePolicy;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.lan.SessionOptions;
import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import dev.ipmi.testkit.junit.RequiresIpmiSim;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Session hygiene against a real BMC implementation (OpenIPMI's ipmi_sim): 1,000 sessions
 * opened and closed, alternating cipher suites 3 and 2 and blocking and asynchronous close,
 * leave no session behind on the BMC (Get Session Info's active count) or in the client.
 */
class IpmiSimHygieneTest {
    private static final Credentials ADMIN = Credentials.of("admin", "adminpass");

    @Test
    @RequiresIpmiSim
    @Timeout(300)
    void aThousandOpenCloseCyclesLeaveNoSessionBehind(IpmiSimBmc bmc) throws Exception {
        BmcAddress address = BmcAddress.of(bmc.host(), bmc.port());
        try (IpmiClient client = IpmiClient.newBuilder().build()) {
            for (int i = 0; i < 1000; i++) {
                int suite = i % 2 == 0 ? 3 : 2; // ipmi_sim has no SHA-256 suites
                IpmiSession s = client.openSessionBlocking(address, ADMIN,
                        SessionOptions.defaults().withCipherSuites(CipherSuitePolicy.explicit(suite)));
                if (i % 100 == 0) {
                    assertEquals(1, s.sendBlocking(GetSessionInfo.current()).activeSessions(), "cycle " + i);
                }
                if (i % 4 == 1) {
                    s.closeAsync().get(10, TimeUnit.SECONDS);
                } else {
                    s.close();
                }
            }
            assertEquals(0, client.openSessions());
            try (IpmiSession s = client.openSessionBlocking(address, ADMIN,
                    SessionOptions.defaults().withCipherSuites(CipherSuitePolicy.explicit(3)))) {
                assertEquals(1, s.sendBlocking(GetSessionInfo.current()).activeSessions(),
                        "sessions active on the BMC after 1,000 cycles, this one included");
            }
        }
    }
}
