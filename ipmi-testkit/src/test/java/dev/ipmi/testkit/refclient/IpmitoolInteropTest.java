package dev.ipmi.testkit.refclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import dev.ipmi.testkit.ipmisim.IpmiSimUser;
import dev.ipmi.testkit.junit.Prerequisites;
import dev.ipmi.testkit.junit.RequiresIpmiSim;
import dev.ipmi.testkit.process.CommandResult;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled configuration as ipmitool sees it: identity, SDR readings, FRU, SEL, chassis
 * power through the hook, and the authentication variants (a port of the old testbed
 * self-test). One BMC for the class; tests that change state get their own.
 */
@RequiresIpmiSim
class IpmitoolInteropTest {
    private Ipmitool ipmitool;

    @BeforeEach
    void client(IpmiSimBmc bmc) {
        ipmitool = Prerequisites.fromEnvironment().ipmitool(bmc);
    }

    @Test
    void mcInfo() throws IOException {
        CommandResult r = ok(ipmitool.run("mc", "info"));
        assertLine(r, "Device ID\\s+: 32");
        assertLine(r, "Firmware Revision\\s+: 1\\.23");
        assertLine(r, "Manufacturer ID\\s+: 4753");
        assertLine(r, "Product ID\\s+: 3842 .*");
        assertTrue(r.elapsed().toMillis() < 5_000, "ipmitool took " + r.elapsed() + ": -C missing?");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "CPU Temp\\s+\\| 45 degrees C\\s+\\| ok",
        "Inlet Temp\\s+\\| 24 degrees C\\s+\\| ok",
        "12V\\s+\\| 12 Volts\\s+\\| ok",
        "5V\\s+\\| 5\\.02 Volts\\s+\\| ok",
        "3\\.3V\\s+\\| 3\\.30 Volts\\s+\\| ok",
        "FAN1\\s+\\| 5400 RPM\\s+\\| ok",
        "FAN2\\s+\\| 900 RPM\\s+\\| nc",
        "PSU1 Status\\s+\\| 0x01\\s+\\| ok",
        "CPU Margin\\s+\\| -35 degrees C\\s+\\| ok",
    })
    void sdrReadings(String line) throws IOException {
        assertLine(ok(ipmitool.run("sdr", "list")), line);
    }

    @Test
    void thresholds() throws IOException {
        CommandResult r = ok(ipmitool.run("sensor", "list"));
        assertLine(r, "12V\\s+\\| 12\\.000\\s+\\| Volts\\s+\\| ok\\s+\\| 10\\.200\\s+\\| 10\\.800\\s+\\| 11\\.400"
                + "\\s+\\| 12\\.600\\s+\\| 13\\.200\\s+\\| 13\\.800\\s*");
        assertLine(r, "Inlet Temp\\s+\\| 24\\.000\\s+\\| degrees C\\s+\\| ok\\s+\\| -20\\.000\\s+\\| -10\\.000"
                + "\\s+\\| -5\\.000\\s+\\| 40\\.000\\s+\\| 45\\.000\\s+\\| 50\\.000\\s*");
    }

    @Test
    void fruAndSel() throws IOException {
        assertLine(ok(ipmitool.run("fru", "print", "0")), "\\s*Board Product\\s+: TB-1000 Mainboard");
        assertLine(ok(ipmitool.run("fru", "print", "1")), "\\s*Product Name\\s+: TB-PSU-800");
        assertLine(ok(ipmitool.run("sel", "info")), "Entries\\s+: 6"); // fresh state on every start
        assertLine(ok(ipmitool.run("sel", "list")), ".*OEM record e0 \\| 544553544245442d4f454d2100.*");
    }

    @Test
    @RequiresIpmiSim
    void powerOffThroughTheChassisHook(IpmiSimBmc bmc) throws IOException {
        Ipmitool own = Prerequisites.fromEnvironment().ipmitool(bmc);
        assertLine(ok(own.run("chassis", "power", "status")), "Chassis Power is on");
        assertLine(ok(own.run("chassis", "power", "off")), "Chassis Power Control: Down/Off");
        assertEquals("0", Files.readString(bmc.powerFile()).trim());
        assertLine(ok(own.run("chassis", "power", "status")), "Chassis Power is off");
        assertTrue(Files.readString(bmc.chassisLog()).contains("set power 0"));
        ok(own.run("chassis", "bootdev", "pxe"));
        assertEquals("pxe", Files.readString(bmc.bootFile()).trim());
    }

    @Test
    @RequiresIpmiSim(poweredOn = false)
    void startsPoweredOffWhenAsked(IpmiSimBmc bmc) throws IOException {
        Ipmitool own = Prerequisites.fromEnvironment().ipmitool(bmc);
        assertLine(ok(own.run("chassis", "power", "status")), "Chassis Power is off");
        assertLine(ok(own.run("chassis", "power", "on")), "Chassis Power Control: Up/On");
        assertTrue(bmc.isPoweredOn());
    }

    @Test
    @RequiresIpmiSim
    void consoleCommandIsVisibleRightAway(IpmiSimBmc bmc) throws IOException {
        Ipmitool own = Prerequisites.fromEnvironment().ipmitool(bmc);
        bmc.console("sensor_set_value 0x20 0 1 90 1");
        assertLine(ok(own.run("sdr", "list")), "CPU Temp\\s+\\| 90 degrees C\\s+\\| nc");
        assertLine(ok(own.run("sel", "elist")),
                ".*CPU Temp \\| Upper Non-critical going high \\| Asserted \\| Reading 90.*");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 6})
    void workingCipherSuites(int suite) throws IOException {
        assertLine(ok(ipmitool.withCipherSuite(suite).run("mc", "guid")), "System GUID\\s+: .*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NONE", "MD5", "PASSWORD"})
    void ipmi15Sessions(String authType) throws IOException {
        assertLine(ok(ipmitool.withIpmi15(authType).run("mc", "guid")), "System GUID\\s+: .*");
    }

    @Test
    void users() throws IOException {
        assertLine(ok(ipmitool.withUser(IpmiSimUser.OPERATOR).withPrivilege(PrivilegeLevel.OPERATOR)
                .run("chassis", "power", "status")), "Chassis Power is on");
        assertLine(ok(ipmitool.withUser(IpmiSimUser.LONG_PASSWORD).run("mc", "guid")), "System GUID\\s+: .*");
        CommandResult denied = ipmitool.withUser(IpmiSimUser.USER).withPrivilege(PrivilegeLevel.USER)
                .run("chassis", "power", "off");
        assertTrue(denied.output().contains("Insufficient privilege level"), denied::toString);
        CommandResult disabled = ipmitool.withUser(IpmiSimUser.DISABLED).run("mc", "guid");
        assertFalse(disabled.succeeded(), disabled::toString);
        CommandResult wrong = ipmitool.withUser("admin", "nope").run("mc", "guid");
        assertTrue(wrong.output().contains("Unable to establish"), wrong::toString);
        assertFalse(wrong.toString().contains("nope"), "password leaked into the report");
    }

    @Test
    void freeIpmi(IpmiSimBmc bmc) throws IOException {
        FreeIpmi freeIpmi = Prerequisites.fromEnvironment().freeIpmi(bmc);
        assertLine(ok(freeIpmi.run("ipmi-chassis", "--get-chassis-status")), "System Power\\s+: on");
        assertLine(ok(freeIpmi.run("ipmi-sensors")), ".*CPU Temp\\s+\\| Temperature\\s+\\| 45\\.00\\s+\\| C\\s+\\| 'OK'.*");
        assertLine(ok(freeIpmi.run("ipmi-sel")), "2\\s+\\| PostInit\\s+\\| PostInit\\s+\\| CPU Temp\\s+\\| Temperature\\s+\\|"
                + " Upper Non-critical - going high ; Sensor Reading = 86\\.00 C ; Threshold = 85\\.00 C");
        CommandResult fru = ok(freeIpmi.run("ipmi-fru"));
        assertLine(fru, "\\s*FRU Board Manufacturing Date/Time: 01/15/24 - 12:00:00");
        assertLine(fru, "\\s*FRU Product Asset Tag: ASSET-42");
        assertLine(fru, "FRU Inventory Device: PSU1 FRU \\(ID 01h\\)");
        assertLine(ok(freeIpmi.run("ipmi-power", "--stat")), "127\\.0\\.0\\.1: on");
    }

    static CommandResult ok(CommandResult r) {
        assertTrue(r.succeeded(), r::toString);
        return r;
    }

    static void assertLine(CommandResult r, String regex) {
        Pattern p = Pattern.compile(regex);
        assertTrue(r.stdout().lines().anyMatch(l -> p.matcher(l).matches()), () -> "no line /" + regex + "/ in " + r);
    }
}
