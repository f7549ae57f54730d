package dev.ipmi.lan.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ipmi.core.command.app.GetDeviceId;
import dev.ipmi.core.command.chassis.GetChassisStatus;
import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.CipherSuitePolicy;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.lan.SessionOptions;
import dev.ipmi.testkit.sim.SimulatedBmc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our client against our simulated BMC for every standard cipher suite, including those no
 * other peer here implements (xRC4: 4, 5, 9, 10, 13, 14; SHA-256: 15-19). The server side of
 * these suites is checked separately with ipmitool and FreeIPMI as clients (ipmi-testkit).
 */
class SimulatedBmcSuitesTest {
    private static SimulatedBmc bmc;
    private static IpmiClient client;

    @BeforeAll
    static void start() throws Exception {
        bmc = SimulatedBmc.newBuilder().start();
        client = IpmiClient.newBuilder().build();
    }

    @AfterAll
    static void stop() {
        client.close();
        bmc.close();
    }

    @ParameterizedTest(name = "cipher suite {0}")
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19})
    void everyStandardSuite(int suite) throws Exception {
        CipherSuitePolicy policy = CipherSuitePolicy.explicit(suite).allowingUnauthenticated();
        try (IpmiSession s = client.openSessionBlocking(BmcAddress.of(bmc.address()),
                Credentials.of("admin", "adminpass"), SessionOptions.defaults().withCipherSuites(policy))) {
            assertEquals(suite, s.cipherSuite().id());
            for (int i = 0; i < 20; i++) { // enough packets to exercise keystream and IV handling
                assertEquals(0x20, s.sendBlocking(new GetDeviceId()).deviceId());
                s.sendBlocking(new GetChassisStatus());
            }
        }
    }

    @Test
    void automaticNegotiationPicksSuite17WhereTheBmcHasIt() throws Exception {
        try (IpmiClient fresh = IpmiClient.newBuilder().build();
             IpmiSession s = fresh.openSessionBlocking(BmcAddress.of(bmc.address()), Credentials.of("admin", "adminpass"))) {
            assertEquals(17, s.cipherSuite().id());
        }
    }
}
