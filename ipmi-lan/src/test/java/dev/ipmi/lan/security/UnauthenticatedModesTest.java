package dev.ipmi.lan.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.IpmiException;
import dev.ipmi.core.command.app.GetDeviceId;
import dev.ipmi.core.wire.AuthType;
import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.CipherSuitePolicy;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.lan.IpmiVersion;
import dev.ipmi.lan.SessionOptions;
import dev.ipmi.testkit.sim.SimulatedBmc;
import org.junit.jupiter.api.Test;

/**
 * Modes without authentication (cipher suite 0 and the other RAKP-none suites, IPMI 1.5 auth
 * type NONE) are never chosen by the client on its own, not even when the BMC offers nothing
 * else, and work only when the application asks for them explicitly.
 */
class UnauthenticatedModesTest {
    private static final Credentials ADMIN = Credentials.of("admin", "adminpass");

    @Test
    void suiteZeroIsRefusedUnlessExplicitlyAllowed() throws Exception {
        try (SimulatedBmc bmc = SimulatedBmc.newBuilder().start();
             IpmiClient client = IpmiClient.newBuilder().build()) {
            BmcAddress a = BmcAddress.of(bmc.address());
            assertThrows(IpmiException.class, () -> client.openSessionBlocking(a, ADMIN,
                    SessionOptions.defaults().withCipherSuites(CipherSuitePolicy.explicit(0))));
            assertEquals(0, bmc.activeSessionCount(), "nothing was opened on the BMC");
            try (IpmiSession s = client.openSessionBlocking(a, ADMIN, SessionOptions.defaults()
                    .withCipherSuites(CipherSuitePolicy.explicit(0).allowingUnauthenticated()))) {
                assertEquals(0, s.cipherSuite().id());
                s.sendBlocking(new GetDeviceId());
            }
        }
    }

    @Test
    void automaticNegotiationNeverFallsBackToRakpNone() throws Exception {
        try (SimulatedBmc bmc = SimulatedBmc.newBuilder().cipherSuites(0).start();
             IpmiClient client = IpmiClient.newBuilder().build()) {
            BmcAddress a = BmcAddress.of(bmc.address());
            IpmiException e = assertThrows(IpmiException.class, () -> client.openSessionBlocking(a, ADMIN));
            assertEquals(0, bmc.activeSessionCount(), e.toString());
            try (IpmiSession s = client.openSessionBlocking(a, ADMIN, SessionOptions.defaults()
                    .withCipherSuites(CipherSuitePolicy.automatic().allowingUnauthenticated()))) {
                assertEquals(0, s.cipherSuite().id());
            }
        }
    }

    @Test
    void ipmi15AuthTypeNoneIsRefusedUnlessAskedFor() throws Exception {
        try (SimulatedBmc bmc = SimulatedBmc.newBuilder().ipmi15AuthTypes(AuthType.NONE).start();
             IpmiClient client = IpmiClient.newBuilder().build()) {
            BmcAddress a = BmcAddress.of(bmc.address());
            SessionOptions v15 = SessionOptions.defaults().withVersion(IpmiVersion.V1_5);
            IpmiException e = assertThrows(IpmiException.class, () -> client.openSessionBlocking(a, ADMIN, v15));
            assertTrue(e.getMessage() != null && !e.getMessage().contains("adminpass"), e.getMessage());
            assertEquals(0, bmc.activeSessionCount());
            try (IpmiSession s = client.openSessionBlocking(a, ADMIN, v15.withAuthType(AuthType.NONE))) {
                assertEquals(AuthType.NONE, s.authType());
                s.sendBlocking(new GetDeviceId());
            }
        }
    }
}
