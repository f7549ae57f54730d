package dev.ipmi.testkit.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.testkit.junit.Prerequisites;
import dev.ipmi.testkit.process.CommandResult;
import dev.ipmi.testkit.refclient.Ipmitool;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * User management (Set User Name / Password / Access), Set Channel Access and Set LAN / SOL
 * Configuration Parameters on the simulated BMC, driven by ipmitool's {@code user},
 * {@code lan set}, {@code channel info} and {@code sol set}: values are stored, read back,
 * and users and SOL enable take effect.
 */
class ConfigurationCommandsTest {
    private final Prerequisites prerequisites = Prerequisites.fromEnvironment();

    private Ipmitool admin(SimulatedBmc bmc) {
        return Ipmitool.lanplus(prerequisites.executable("ipmitool"), bmc.address(), "admin", "adminpass", 3)
                .withTimeout(Duration.ofSeconds(15));
    }

    private static String ok(CommandResult r) {
        assertTrue(r.succeeded(), r::toString);
        return r.stdout();
    }

    @Test
    void usersAreCreatedChangedAndEnforced() throws IOException {
        try (SimulatedBmc bmc = SimulatedBmc.newBuilder().start()) {
            Ipmitool admin = admin(bmc);
            ok(admin.run("user", "set", "name", "7", "bob"));
            ok(admin.run("user", "set", "password", "7", "bobpass1"));
            Ipmitool bob = admin.withUser("bob", "bobpass1").withPrivilege(PrivilegeLevel.OPERATOR);
            assertFalse(bob.run("mc", "info").succeeded(), "a new user has no access until enabled");
            ok(admin.run("user", "priv", "7", "3", "1"));
            ok(admin.run("user", "enable", "7"));
            assertTrue(bmc.users().contains(SimUser.of(7, "bob", "bobpass1", PrivilegeLevel.OPERATOR)),
                    bmc.users()::toString);
            assertTrue(ok(admin.run("user", "list", "1")).matches(
                    "(?s).*\\n7\\s+bob\\s+true\\s+true\\s+true\\s+OPERATOR\\n.*"));

            assertTrue(ok(bob.run("chassis", "power", "status")).contains("Chassis Power is on"));
            assertFalse(bob.withPrivilege(PrivilegeLevel.ADMINISTRATOR).run("mc", "info").succeeded(),
                    "privilege limit OPERATOR");
            assertTrue(ok(admin.run("user", "test", "7", "16", "bobpass1")).contains("Success"));
            assertFalse(admin.run("user", "test", "7", "16", "wrongpass").succeeded());
            assertFalse(bob.withPrivilege(PrivilegeLevel.OPERATOR).run("user", "set", "name", "8", "eve")
                    .succeeded(), "Set User Name needs ADMINISTRATOR");

            ok(admin.run("user", "set", "password", "7", "newpass2"));
            assertFalse(bob.run("mc", "info").succeeded(), "old password");
            Ipmitool bob2 = bob.withUser("bob", "newpass2");
            assertTrue(bob2.run("mc", "info").succeeded());
            ok(admin.run("user", "set", "password", "7", "0123456789abcdefghij", "20"));
            assertTrue(bob.withUser("bob", "0123456789abcdefghij").run("mc", "info").succeeded(), "20-byte password");
            ok(admin.run("user", "set", "password", "7", "newpass2"));
            ok(admin.run("user", "disable", "7"));
            assertFalse(bob2.run("mc", "info").succeeded(), "disabled");
            ok(admin.run("user", "enable", "7"));
            ok(admin.run("user", "priv", "7", "15", "1"));
            assertFalse(bob2.run("mc", "info").succeeded(), "no access");
            assertTrue(ok(admin.run("user", "list", "1")).matches("(?s).*\\n7\\s+bob\\s+.*NO ACCESS\\n.*"));
        }
    }

    @Test
    void lanConfigurationIsStoredAndReadBack() throws IOException {
        try (SimulatedBmc bmc = SimulatedBmc.newBuilder().start()) {
            Ipmitool admin = admin(bmc);
            ok(admin.run("lan", "set", "1", "ipaddr", "10.1.2.3"));
            ok(admin.run("lan", "set", "1", "netmask", "255.255.255.0"));
            ok(admin.run("lan", "set", "1", "defgw", "ipaddr", "10.1.2.1"));
            String lan = ok(admin.run("lan", "print", "1"));
            assertTrue(lan.matches("(?s).*IP Address\\s+: 10\\.1\\.2\\.3\\n.*"), lan);
            assertTrue(lan.matches("(?s).*Subnet Mask\\s+: 255\\.255\\.255\\.0\\n.*"), lan);
            assertTrue(lan.matches("(?s).*Default Gateway IP\\s+: 10\\.1\\.2\\.1\\n.*"), lan);
            assertTrue(lan.matches("(?s).*Set in Progress\\s+: Set Complete\\n.*"), lan);
            // parameter 23 (cipher suite IDs) is the BMC's own: read-only, 82h
            CommandResult readOnly = admin.run("raw", "0x0c", "0x01", "0x01", "23", "0x00", "0x03");
            assertFalse(readOnly.succeeded());
            assertTrue(readOnly.stderr().contains("rsp=0x82"), readOnly::toString);
            // wrong length for the subnet mask: C7h
            CommandResult shortMask = admin.run("raw", "0x0c", "0x01", "0x01", "6", "0xff");
            assertTrue(shortMask.stderr().contains("rsp=0xc7"), shortMask::toString);
        }
    }

    @Test
    void channelAccessIsStoredAndReadBack() throws IOException {
        try (SimulatedBmc bmc = SimulatedBmc.newBuilder().start()) {
            Ipmitool admin = admin(bmc);
            assertEquals(2, accessModes(ok(admin.run("channel", "info", "1")), "always available"));
            assertTrue(ok(admin.run("lan", "set", "1", "access", "off")).contains("successful"));
            String info = ok(admin.run("channel", "info", "1"));
            assertEquals(2, accessModes(info, "disabled"), info); // volatile and non-volatile
            ok(admin.run("lan", "set", "1", "access", "on"));
            assertEquals(2, accessModes(ok(admin.run("channel", "info", "1")), "always available"));
        }
    }

    private static long accessModes(String channelInfo, String mode) {
        return channelInfo.lines().filter(l -> l.matches("\\s*Access Mode\\s+: " + mode)).count();
    }

    @Test
    void solConfigurationIsStoredAndSolEnableApplies() throws IOException {
        try (SimulatedBmc bmc = SimulatedBmc.newBuilder().start()) {
            Ipmitool admin = admin(bmc);
            ok(admin.run("sol", "set", "retry-count", "5", "1"));
            ok(admin.run("sol", "set", "character-accumulate-level", "10", "1"));
            ok(admin.run("sol", "set", "enabled", "false", "1"));
            String info = ok(admin.run("sol", "info", "1"));
            assertTrue(info.matches("(?s).*Enabled\\s+: false\\n.*"), info);
            assertTrue(info.matches("(?s).*Retry Count\\s+: 5\\n.*"), info);
            assertTrue(info.matches("(?s).*Character Accumulate Level \\(ms\\)\\s+: 50\\n.*"), info);
            CommandResult activate = admin.run("sol", "activate");
            assertFalse(activate.succeeded());
            assertTrue(activate.output().contains("SOL payload disabled"), activate::toString);
            assertFalse(bmc.sol().isActive());
            ok(admin.run("sol", "set", "enabled", "true", "1"));
            assertTrue(ok(admin.run("sol", "info", "1")).matches("(?s).*Enabled\\s+: true\\n.*"));
        }
    }
}
