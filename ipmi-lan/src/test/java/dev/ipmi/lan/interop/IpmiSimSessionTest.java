package dev.ipmi.lan.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.command.CompletionCode;
import dev.ipmi.core.command.CompletionCodeException;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.command.app.GetDeviceId;
import dev.ipmi.core.command.chassis.ChassisControl;
import dev.ipmi.core.command.chassis.GetChassisStatus;
import dev.ipmi.core.command.session.GetSessionInfo;
import dev.ipmi.core.crypto.CipherSuite;
import dev.ipmi.core.wire.AuthType;
import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.CipherSuitePolicy;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiAuthenticationException;
import dev.ipmi.lan.IpmiAuthenticationException.Reason;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.IpmiEventListener;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.lan.IpmiVersion;
import dev.ipmi.lan.RetryPolicy;
import dev.ipmi.lan.SessionOptions;
import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import dev.ipmi.testkit.ipmisim.IpmiSimUser;
import dev.ipmi.testkit.junit.RequiresIpmiSim;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The LAN client against OpenIPMI's ipmi_sim, a BMC we did not write: every cipher suite it
 * supports, IPMI 1.5, every testbed user, and the failure modes with their typed errors.
 */
@RequiresIpmiSim
class IpmiSimSessionTest {
    private IpmiClient client;
    private final List<String> skipped = new CopyOnWriteArrayList<>();

    @BeforeEach
    void client() {
        client = IpmiClient.newBuilder().eventListener(new IpmiEventListener() {
            @Override
            public void cipherSuiteSkipped(BmcAddress bmc, CipherSuite suite, String reason) {
                skipped.add(suite.id() + ": " + reason);
            }
        }).build();
    }

    @AfterEach
    void close() {
        client.close();
    }

    private static BmcAddress address(IpmiSimBmc bmc) {
        return BmcAddress.of(bmc.host(), bmc.port());
    }

    private static Credentials creds(IpmiSimUser u) {
        return Credentials.of(u.name(), u.password()).withPrivilege(u.maxPrivilege());
    }

    @ParameterizedTest(name = "cipher suite {0}")
    @ValueSource(ints = {0, 1, 2, 3, 6, 11})
    void explicitCipherSuite(int suite, IpmiSimBmc bmc) throws Exception {
        CipherSuitePolicy policy = CipherSuitePolicy.explicit(suite);
        if (suite == 0) {
            policy = policy.allowingUnauthenticated();
        }
        try (IpmiSession s = client.openSessionBlocking(address(bmc), creds(IpmiSimUser.ADMIN),
                SessionOptions.defaults().withCipherSuites(policy))) {
            assertEquals(suite, s.cipherSuite().id());
            assertEquals(0x20, s.sendBlocking(new GetDeviceId()).deviceId());
            assertEquals(PrivilegeLevel.ADMINISTRATOR, s.privilege());
        }
    }

    @Test
    void suiteZeroIsRefusedUnlessAllowed(IpmiSimBmc bmc) {
        IpmiAuthenticationException e = assertThrows(IpmiAuthenticationException.class, () -> client.openSessionBlocking(
                address(bmc), creds(IpmiSimUser.ADMIN), SessionOptions.defaults().withCipherSuites(CipherSuitePolicy.explicit(0))));
        assertEquals(Reason.REFUSED_BY_POLICY, e.reason());
    }

    @Test
    void automaticNegotiationLandsOnSuite3AndRemembersIt(IpmiSimBmc bmc) throws Exception {
        try (IpmiSession s = client.openSessionBlocking(address(bmc), creds(IpmiSimUser.ADMIN))) {
            assertEquals(3, s.cipherSuite().id());
        }
        assertTrue(skipped.stream().anyMatch(x -> x.startsWith("17: ")), "suite 17 is reported as skipped: " + skipped);
        skipped.clear();
        try (IpmiSession s = client.openSessionBlocking(address(bmc), creds(IpmiSimUser.ADMIN))) {
            assertEquals(3, s.cipherSuite().id());
        }
        assertEquals(List.of(), skipped, "the remembered suite is tried first");
    }

    @Test
    void listsTheSuitesTheBmcOffersOutsideASession(IpmiSimBmc bmc) throws Exception {
        // ipmi_sim ignores the RMCP+-format request ipmitool sends, but answers the IPMI 1.5 format we use.
        List<CipherSuite> offered = client.cipherSuites(address(bmc), 1, Duration.ofSeconds(1)).get();
        assertEquals(15, offered.size(), offered.toString());
        assertEquals(CipherSuite.SUITE_3, offered.get(3));
    }

    @Test
    void presencePingIsAnsweredWithAPong(IpmiSimBmc bmc) throws Exception {
        dev.ipmi.core.wire.PresencePong pong = client.pingBlocking(address(bmc), Duration.ofSeconds(2));
        assertTrue(pong.ipmiSupported(), pong.toString());
        assertEquals(4542, pong.enterpriseNumber());
    }

    @Test
    void aPingToNothingTimesOutTyped() throws Exception {
        try (java.nio.channels.DatagramChannel silent = java.nio.channels.DatagramChannel.open()
                .bind(new java.net.InetSocketAddress("127.0.0.1", 0))) {
            BmcAddress nobody = BmcAddress.of((java.net.InetSocketAddress) silent.getLocalAddress());
            assertThrows(dev.ipmi.lan.IpmiTimeoutException.class, () -> client.pingBlocking(nobody, Duration.ofMillis(300)));
        }
    }

    @Test
    void nameAndPrivilegeLookupMatchesTheRoleExactly(IpmiSimBmc bmc) throws Exception {
        Credentials exact = Credentials.of("user", "userpass").withPrivilege(PrivilegeLevel.USER).withNameOnlyLookup(false);
        try (IpmiSession s = client.openSessionBlocking(address(bmc), exact)) {
            assertEquals(PrivilegeLevel.USER, s.privilege());
        }
        Credentials above = Credentials.of("user", "userpass").withPrivilege(PrivilegeLevel.ADMINISTRATOR)
                .withNameOnlyLookup(false);
        IpmiAuthenticationException e = assertThrows(IpmiAuthenticationException.class,
                () -> client.openSessionBlocking(address(bmc), above));
        assertEquals(0x0D, e.statusCode(), "ipmi_sim answers RAKP 2 status 0Dh: " + e.getMessage());
    }

    @ParameterizedTest(name = "IPMI 1.5 auth type {0}")
    @EnumSource(value = AuthType.class, names = {"NONE", "MD2", "MD5", "PASSWORD"})
    void ipmi15(AuthType type, IpmiSimBmc bmc) throws Exception {
        try (IpmiSession s = client.openSessionBlocking(address(bmc), creds(IpmiSimUser.ADMIN),
                SessionOptions.defaults().withVersion(IpmiVersion.V1_5).withAuthType(type))) {
            assertEquals(IpmiVersion.V1_5, s.version());
            assertEquals(type, s.authType());
            assertEquals(0x20, s.sendBlocking(new GetDeviceId()).deviceId());
            s.sendBlocking(new GetChassisStatus());
        }
    }

    @Test
    void ipmi15PicksTheStrongestAuthTypeOffered(IpmiSimBmc bmc) throws Exception {
        try (IpmiSession s = client.openSessionBlocking(address(bmc), creds(IpmiSimUser.ADMIN),
                SessionOptions.defaults().withVersion(IpmiVersion.V1_5))) {
            assertEquals(AuthType.MD5, s.authType());
        }
    }

    @ParameterizedTest(name = "user {0}")
    @ValueSource(strings = {"admin", "operator", "user", "longpw"})
    void everyTestbedUserGetsItsPrivilege(String name, IpmiSimBmc bmc) throws Exception {
        IpmiSimUser u = IpmiSimUser.ALL.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        // IPMI 1.5 passwords are at most 16 bytes: longpw (19) can only use IPMI 2.0.
        List<IpmiVersion> versions = u.password().length() > 16 ? List.of(IpmiVersion.V2_0) : List.of(IpmiVersion.values());
        for (IpmiVersion v : versions) {
            try (IpmiSession s = client.openSessionBlocking(address(bmc), creds(u), SessionOptions.defaults().withVersion(v))) {
                assertEquals(u.maxPrivilege(), s.privilege());
                GetSessionInfo.Response info = s.sendBlocking(GetSessionInfo.current());
                assertEquals(u.id(), info.session().userId(), v + " session user");
                assertEquals(u.maxPrivilege(), info.session().privilege(), v + " session privilege");
            }
        }
    }

    @Test
    void wrongPasswordIsDetectedAtRakp2(IpmiSimBmc bmc) {
        IpmiAuthenticationException e = assertThrows(IpmiAuthenticationException.class, () -> client.openSessionBlocking(
                address(bmc), Credentials.of("admin", "wrongpass"), SessionOptions.defaults().withCipherSuites(CipherSuitePolicy.explicit(3))));
        assertEquals(Reason.WRONG_PASSWORD_OR_KG, e.reason());
        assertTrue(e.getMessage().contains("wrong password or Kg for user admin"), e.getMessage());
        assertTrue(!e.getMessage().contains("wrongpass"), "no secret in the message");
    }

    @Test
    void wrongPasswordWithIpmi15(IpmiSimBmc bmc) {
        RetryPolicy fast = RetryPolicy.defaults().withAttempts(2).withAttemptTimeout(Duration.ofMillis(300));
        IpmiAuthenticationException e = assertThrows(IpmiAuthenticationException.class, () -> client.openSessionBlocking(
                address(bmc), Credentials.of("admin", "wrongpass"),
                SessionOptions.defaults().withVersion(IpmiVersion.V1_5).withRetryPolicy(fast)));
        assertEquals(Reason.WRONG_PASSWORD_OR_KG, e.reason());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nosuchuser", "disabled"})
    void unknownAndDisabledUsersAreRefused(String user, IpmiSimBmc bmc) {
        for (IpmiVersion v : IpmiVersion.values()) {
            IpmiAuthenticationException e = assertThrows(IpmiAuthenticationException.class, () -> client.openSessionBlocking(
                    address(bmc), Credentials.of(user, "disabledpass"), SessionOptions.defaults().withVersion(v)));
            assertEquals(Reason.UNKNOWN_USER, e.reason(), v + ": " + e.getMessage());
        }
    }

    @Test
    void insufficientPrivilegeIsACompletionCode(IpmiSimBmc bmc) throws Exception {
        try (IpmiSession s = client.openSessionBlocking(address(bmc), creds(IpmiSimUser.USER))) {
            CompletionCodeException e = assertInstanceOf(CompletionCodeException.class, assertThrows(Exception.class,
                    () -> s.sendBlocking(new ChassisControl(ChassisControl.Control.POWER_DOWN))));
            assertEquals(CompletionCode.INSUFFICIENT_PRIVILEGE, e.code());
            assertEquals(ChassisControl.SPEC, e.command());
            assertTrue(bmc.isPoweredOn(), "nothing happened");
        }
    }

    @Test
    @RequiresIpmiSim(perTest = true)
    void openCloseCyclesLeaveNoSessionBehind(IpmiSimBmc bmc) throws Exception {
        SessionOptions o = SessionOptions.defaults().withCipherSuites(CipherSuitePolicy.explicit(3));
        for (int i = 0; i < 200; i++) {
            IpmiSession s = client.openSessionBlocking(address(bmc), creds(IpmiSimUser.ADMIN), o);
            s.close();
            assertTrue(!s.isOpen());
        }
        assertEquals(0, client.openSessions());
        try (IpmiSession s = client.openSessionBlocking(address(bmc), creds(IpmiSimUser.ADMIN), o)) {
            assertEquals(1, s.sendBlocking(GetSessionInfo.current()).activeSessions(),
                    "only this session is active on the BMC");
        }
    }
}
