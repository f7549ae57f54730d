package dev.ipmi.lan.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.command.CompletionCode;
import dev.ipmi.core.command.CompletionCodeException;
import dev.ipmi.core.command.Octets;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.command.app.GetDeviceId;
import dev.ipmi.core.command.app.GetSystemGuid;
import dev.ipmi.core.command.chassis.ChassisControl;
import dev.ipmi.core.command.chassis.GetChassisStatus;
import dev.ipmi.core.command.session.GetSessionInfo;
import dev.ipmi.core.wire.AuthType;
import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.CipherSuitePolicy;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiAuthenticationException;
import dev.ipmi.lan.IpmiAuthenticationException.Reason;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.lan.IpmiVersion;
import dev.ipmi.lan.SessionOptions;
import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import dev.ipmi.testkit.junit.Prerequisites;
import dev.ipmi.testkit.sim.SimulatedBmc;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One client test suite, two BMCs: our simulated BMC and OpenIPMI's ipmi_sim. Both carry the
 * same testbed profile, so every feature both implement must behave the same through the client.
 */
class TwoBmcsTest {
    /** What the tests need to know about a BMC. */
    record Bmc(BmcAddress address, BooleanSupplier poweredOn) {}

    private static SimulatedBmc simulated;
    private static IpmiSimBmc ipmiSim;
    private static IpmiClient client;

    @BeforeAll
    static void start() throws IOException {
        simulated = SimulatedBmc.newBuilder().start();
        Prerequisites.fromEnvironment().requireIpmiSim();
        ipmiSim = IpmiSimBmc.start();
        client = IpmiClient.newBuilder().build();
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (ipmiSim != null) {
            ipmiSim.close();
        }
        simulated.close();
    }

    static Stream<Arguments> bmcs() {
        Bmc sim = new Bmc(BmcAddress.of(simulated.address()), simulated::isPowerOn);
        Bmc real = new Bmc(BmcAddress.of(ipmiSim.host(), ipmiSim.port()), () -> {
            try {
                return ipmiSim.isPoweredOn();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return Stream.of(Arguments.of(Named.of("simulated BMC", sim)), Arguments.of(Named.of("ipmi_sim", real)));
    }

    @ParameterizedTest
    @MethodSource("bmcs")
    void deviceIdentityAndGuid(Bmc bmc) throws Exception {
        try (IpmiSession s = client.openSessionBlocking(bmc.address(), Credentials.of("admin", "adminpass"))) {
            GetDeviceId.Response id = s.sendBlocking(new GetDeviceId());
            assertEquals(0x20, id.deviceId());
            assertEquals("1.23", id.firmwareRevision());
            assertEquals(4753, id.manufacturerId());
            assertEquals(3842, id.productId());
            assertEquals(Octets.ofHex("a123456789abcdefa123456789abcdef"), s.sendBlocking(new GetSystemGuid()).guid());
        }
    }

    @ParameterizedTest
    @MethodSource("bmcs")
    void ipmi15Sessions(Bmc bmc) throws Exception {
        for (AuthType t : new AuthType[] {AuthType.MD5, AuthType.PASSWORD, AuthType.NONE}) {
            try (IpmiSession s = client.openSessionBlocking(bmc.address(), Credentials.of("admin", "adminpass"),
                    SessionOptions.defaults().withVersion(IpmiVersion.V1_5).withAuthType(t))) {
                assertEquals(t, s.authType());
                assertEquals(0x20, s.sendBlocking(new GetDeviceId()).deviceId());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("bmcs")
    void chassisPowerFollowsChassisControl(Bmc bmc) throws Exception {
        try (IpmiSession s = client.openSessionBlocking(bmc.address(), Credentials.of("operator", "operpass")
                .withPrivilege(PrivilegeLevel.OPERATOR))) {
            s.sendBlocking(new ChassisControl(ChassisControl.Control.POWER_DOWN));
            assertTrue(!s.sendBlocking(new GetChassisStatus()).powerOn());
            assertTrue(!bmc.poweredOn().getAsBoolean());
            s.sendBlocking(new ChassisControl(ChassisControl.Control.POWER_UP));
            assertTrue(s.sendBlocking(new GetChassisStatus()).powerOn());
            assertTrue(bmc.poweredOn().getAsBoolean());
        }
    }

    @ParameterizedTest
    @MethodSource("bmcs")
    void authenticationFailuresAreTyped(Bmc bmc) {
        SessionOptions suite3 = SessionOptions.defaults().withCipherSuites(CipherSuitePolicy.explicit(3));
        assertEquals(Reason.WRONG_PASSWORD_OR_KG, assertThrows(IpmiAuthenticationException.class,
                () -> client.openSessionBlocking(bmc.address(), Credentials.of("admin", "nope"), suite3)).reason());
        assertEquals(Reason.UNKNOWN_USER, assertThrows(IpmiAuthenticationException.class,
                () -> client.openSessionBlocking(bmc.address(), Credentials.of("nobody", "nope"), suite3)).reason());
        assertEquals(Reason.UNKNOWN_USER, assertThrows(IpmiAuthenticationException.class,
                () -> client.openSessionBlocking(bmc.address(), Credentials.of("disabled", "disabledpass"), suite3)).reason());
    }

    @ParameterizedTest
    @MethodSource("bmcs")
    void aUserSessionMayNotControlTheChassis(Bmc bmc) throws Exception {
        try (IpmiSession s = client.openSessionBlocking(bmc.address(),
                Credentials.of("user", "userpass").withPrivilege(PrivilegeLevel.USER))) {
            CompletionCodeException e = assertInstanceOf(CompletionCodeException.class, assertThrows(Exception.class,
                    () -> s.sendBlocking(new ChassisControl(ChassisControl.Control.POWER_DOWN))));
            assertEquals(CompletionCode.INSUFFICIENT_PRIVILEGE, e.code());
            GetSessionInfo.Response info = s.sendBlocking(GetSessionInfo.current());
            assertEquals(4, info.session().userId());
            assertEquals(PrivilegeLevel.USER, info.session().privilege());
        }
    }
}
