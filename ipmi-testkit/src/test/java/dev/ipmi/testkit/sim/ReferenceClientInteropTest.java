package dev.ipmi.testkit.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.testkit.junit.Prerequisites;
import dev.ipmi.testkit.process.CommandResult;
import dev.ipmi.testkit.refclient.FreeIpmi;
import dev.ipmi.testkit.refclient.Ipmitool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simulated BMC against the reference clients: ipmitool (lanplus with every suite they
 * implement, lan with MD5/PASSWORD/NONE) and FreeIPMI. Skipped without the tools, failed
 * without them when CI=true.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceClientInteropTest {
    private final Prerequisites prerequisites = Prerequisites.fromEnvironment();
    private SimulatedBmc bmc;

    @BeforeAll
    void start() throws IOException {
        bmc = SimulatedBmc.newBuilder().powerCycleDelay(Duration.ofMillis(300)).ipmbSatellite(0x72).start();
    }

    @AfterAll
    void stop() {
        bmc.close();
    }

    private Ipmitool lanplus(int suite) {
        return Ipmitool.lanplus(prerequisites.executable("ipmitool"), bmc.address(), "admin", "adminpass", suite)
                .withTimeout(Duration.ofSeconds(15));
    }

    private static CommandResult ok(CommandResult r) {
        assertTrue(r.succeeded(), r::toString);
        return r;
    }

    @ParameterizedTest(name = "ipmitool -C {0} mc info, chassis status")
    @ValueSource(ints = {0, 1, 2, 3, 6, 7, 8, 15, 16, 17})
    void ipmitoolEverySuite(int suite) throws IOException {
        String mc = ok(lanplus(suite).run("mc", "info")).stdout();
        assertTrue(mc.matches("(?s).*Device ID\\s+: 32\\n.*"), mc);
        assertTrue(mc.matches("(?s).*Firmware Revision\\s+: 1\\.23\\n.*"), mc);
        assertTrue(mc.matches("(?s).*Manufacturer ID\\s+: 4753\\n.*"), mc);
        assertTrue(mc.matches("(?s).*Product ID\\s+: 3842 .*"), mc);
        String status = ok(lanplus(suite).run("chassis", "status")).stdout();
        assertTrue(status.matches("(?s).*System Power\\s+: (on|off)\\n.*"), status);
    }

    @ParameterizedTest(name = "ipmitool -C {0} sdr list, sel list, fru print")
    @ValueSource(ints = {3, 17})
    void ipmitoolContent(int suite) throws IOException {
        String sdr = ok(lanplus(suite).run("sdr", "list")).stdout();
        assertTrue(sdr.matches("(?s).*CPU Temp\\s+\\| 45 degrees C\\s+\\| ok.*"), sdr);
        assertTrue(sdr.matches("(?s).*Inlet Temp\\s+\\| 24 degrees C\\s+\\| ok.*"), sdr);
        assertTrue(sdr.matches("(?s).*5V\\s+\\| 5\\.02 Volts\\s+\\| ok.*"), sdr);
        assertTrue(sdr.matches("(?s).*FAN2\\s+\\| 900 RPM\\s+\\| nc.*"), sdr);
        assertTrue(sdr.matches("(?s).*CPU Margin\\s+\\| -35 degrees C\\s+\\| ok.*"), sdr);
        String sel = ok(lanplus(suite).run("sel", "list")).stdout();
        assertTrue(sel.contains("Temperature #0x01 | Upper Non-critical going high | Asserted"), sel);
        assertTrue(sel.contains("General Chassis intrusion | Deasserted"), sel);
        assertTrue(sel.contains("OEM record e0 | 544553544245442d4f454d2100"), sel);
        String fru = ok(lanplus(suite).run("fru", "print")).stdout();
        assertTrue(fru.contains("Chassis Part Number   : CHS-TB1000"), fru);
        assertTrue(fru.contains("Board Mfg Date        : Mon Jan 15 12:00:00 2024 UTC"), fru);
        assertTrue(fru.contains("Product Asset Tag     : ASSET-42"), fru);
        assertTrue(fru.contains("PSU1 FRU (ID 1)"), fru);
        assertTrue(fru.contains("Product Serial        : PSU-SN-0001"), fru);
    }

    @Test
    void ipmitoolPowerCycle() throws Exception {
        bmc.setPowerOn(true);
        int before = bmc.chassisControlLog().size();
        ok(lanplus(3).run("chassis", "power", "cycle"));
        assertEquals("cycle", bmc.chassisControlLog().get(before));
        assertFalse(bmc.isPowerOn());
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!bmc.isPowerOn() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertTrue(bmc.isPowerOn());
        assertTrue(ok(lanplus(3).run("chassis", "power", "status")).stdout().contains("Chassis Power is on"));
    }

    @ParameterizedTest(name = "ipmitool -I lan -A {0}")
    @ValueSource(strings = {"MD5", "PASSWORD", "NONE"})
    void ipmitoolIpmi15(String authType) throws IOException {
        Ipmitool lan = lanplus(3).withIpmi15(authType);
        assertTrue(ok(lan.run("mc", "info")).stdout().matches("(?s).*Firmware Revision\\s+: 1\\.23\\n.*"));
        assertTrue(ok(lan.run("chassis", "status")).stdout().contains("System Power"));
        assertTrue(ok(lan.run("sdr", "list")).stdout().contains("FAN1"));
    }

    @Test
    void ipmitoolIpmi15EnforcesUsersAndPrivileges() throws IOException {
        Ipmitool lan = lanplus(3).withIpmi15("MD5");
        assertTrue(ok(lan.withUser("user", "userpass").withPrivilege(PrivilegeLevel.USER).run("chassis", "status"))
                .stdout().contains("System Power"));
        // Activate Session above the user's limit (86h), unknown and disabled users (Get Session Challenge 81h)
        assertFalse(lan.withUser("user", "userpass").withPrivilege(PrivilegeLevel.ADMINISTRATOR).run("mc", "info")
                .succeeded());
        assertFalse(lan.withUser("disabled", "disabledpass").run("mc", "info").succeeded());
        assertFalse(lan.withUser("admin", "wrongpass").run("mc", "info").succeeded());
    }

    @Test
    void ipmi15SessionLimit() throws Exception {
        try (SimulatedBmc small = SimulatedBmc.newBuilder().maxSessions(1).start();
                TestConsole holder = new TestConsole(small.address())) {
            holder.login(dev.ipmi.core.crypto.CipherSuite.SUITE_3, "admin", "adminpass", PrivilegeLevel.ADMINISTRATOR);
            Ipmitool lan = Ipmitool.lanplus(prerequisites.executable("ipmitool"), small.address(), "admin", "adminpass",
                    3).withIpmi15("MD5").withTimeout(Duration.ofSeconds(15));
            assertFalse(lan.run("mc", "info").succeeded(), "Activate Session 81h: no slot");
            holder.command(0x06, 0x3C, java.nio.ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                    .putInt(holder.bmcId).array());
            assertTrue(ok(lan.run("mc", "info")).stdout().contains("Device ID"));
        }
    }

    @ParameterizedTest(name = "ipmitool {0} -t 0x72: Send Message bridging")
    @ValueSource(strings = {"lanplus", "lan"})
    void bridging(String iface) throws IOException {
        Ipmitool t = iface.equals("lan") ? lanplus(3).withIpmi15("MD5") : lanplus(3);
        String mc = ok(t.run("-t", "0x72", "mc", "info")).stdout();
        assertTrue(mc.matches("(?s).*Device ID\\s+: 114\n.*"), mc);
        CommandResult nobody = t.run("-t", "0x74", "mc", "info");
        assertFalse(nobody.succeeded());
        if (iface.equals("lanplus")) { // ipmitool -I lan does not print the completion code
            assertTrue(nobody.stderr().contains("(0x83)"), nobody::toString);
        }
    }

    @Test
    void ipmitoolRejectsWrongPasswordAndDisabledUser() throws IOException {
        assertFalse(lanplus(3).withUser("admin", "wrongpass").run("mc", "info").succeeded());
        assertFalse(lanplus(3).withUser("disabled", "disabledpass").run("mc", "info").succeeded());
        assertFalse(lanplus(3).withUser("nobody", "x").run("mc", "info").succeeded());
    }

    @Test
    void ipmitoolUserPrivilegeIsEnforced() throws IOException {
        Ipmitool user = lanplus(3).withUser("user", "userpass").withPrivilege(PrivilegeLevel.USER);
        assertTrue(ok(user.run("chassis", "status")).stdout().contains("System Power"));
        CommandResult off = user.run("chassis", "power", "off");
        assertFalse(off.succeeded() && bmc.chassisControlLog().contains("off"), off::toString);
        assertTrue(bmc.isPowerOn());
        // Asking for ADMINISTRATOR as "user" is refused at RAKP 2 (status 0Dh).
        assertFalse(lanplus(3).withUser("user", "userpass").run("mc", "info").succeeded());
    }

    @Test
    void freeIpmiNeedsNoOpenSessionPrivilegeWorkaround() throws IOException {
        java.nio.file.Path exe = prerequisites.executable("ipmi-chassis");
        CommandResult r = dev.ipmi.testkit.process.Commands.run(Duration.ofSeconds(20), java.util.List.of(exe.toString(),
                "-h", "127.0.0.1:" + bmc.port(), "-u", "admin", "--password=adminpass", "--driver-type=LAN_2_0",
                "-I", "3", "--get-chassis-status"));
        assertTrue(ok(r).stdout().matches("(?s).*System Power\\s+: on.*"), r::toString);
    }

    @ParameterizedTest(name = "FreeIPMI -I {0}")
    @ValueSource(ints = {3, 17})
    void freeIpmi(int suite, @TempDir Path cache) throws IOException {
        prerequisites.requireExecutables(Prerequisites.FREEIPMI_TOOLS);
        Files.createDirectories(cache);
        FreeIpmi f = FreeIpmi.of(bmc.address(), "admin", "adminpass", suite, cache).withTimeout(Duration.ofSeconds(20));
        String sensors = ok(f.run("ipmi-sensors")).stdout();
        assertTrue(sensors.matches("(?s).*CPU Temp\\s+\\| Temperature\\s+\\| 45\\.00\\s+\\| C\\s+\\| 'OK'.*"), sensors);
        assertTrue(sensors.contains("'Presence detected'"), sensors);
        String chassis = ok(f.run("ipmi-chassis", "--get-chassis-status")).stdout();
        assertTrue(chassis.matches("(?s).*System Power\\s+: on.*"), chassis);
    }
}
