package dev.ipmi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import dev.ipmi.testkit.junit.Prerequisites;
import dev.ipmi.testkit.junit.RequiresIpmiSim;
import dev.ipmi.testkit.process.CommandResult;
import dev.ipmi.testkit.refclient.Ipmitool;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every read-only command's {@code --json} output, parsed, against what ipmitool prints for the
 * same ipmi_sim BMC: two independent clients must agree on what the BMC said.
 */
@RequiresIpmiSim
class IpmitoolComparisonTest {

    private static Map<String, String> ipmitool(IpmiSimBmc bmc, String... args) throws Exception {
        CommandResult r = Prerequisites.fromEnvironment().ipmitool(bmc).run(args);
        assertTrue(r.succeeded(), r::toString);
        return Cli.fields(r.stdout());
    }

    private static Map<String, Object> ours(IpmiSimBmc bmc, String... args) {
        List<String> all = new ArrayList<>(List.of("--json"));
        all.addAll(List.of(args));
        Cli c = Cli.at(bmc, all.toArray(String[]::new));
        assertEquals(0, c.status(), c::toString);
        return c.object();
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }

    @Test
    void info(IpmiSimBmc bmc) throws Exception {
        Map<String, String> t = ipmitool(bmc, "mc", "info");
        Map<String, Object> j = ours(bmc, "info");
        assertEquals(t.get("Device ID"), String.valueOf(n(j.get("deviceId"))));
        assertEquals(t.get("Device Revision"), String.valueOf(n(j.get("deviceRevision"))));
        assertEquals(t.get("Firmware Revision"), j.get("firmware"));
        assertEquals(t.get("IPMI Version"), j.get("ipmiVersion"));
        assertEquals(t.get("Manufacturer ID"), String.valueOf(n(j.get("manufacturerId"))));
        assertTrue(t.get("Product ID").startsWith(n(j.get("productId")) + " "), t.get("Product ID"));
        @SuppressWarnings("unchecked")
        Map<String, Object> session = (Map<String, Object>) j.get("session");
        assertEquals("2.0", session.get("version"));
        @SuppressWarnings("unchecked")
        Map<String, Object> suite = (Map<String, Object>) session.get("cipherSuite");
        assertEquals(3L, suite.get("id"));
        assertEquals("administrator", session.get("privilege"));
    }

    @Test
    void chassisStatus(IpmiSimBmc bmc) throws Exception {
        Map<String, String> t = ipmitool(bmc, "chassis", "status");
        Map<String, Object> j = ours(bmc, "chassis", "status");
        assertEquals(t.get("System Power"), j.get("power"));
        assertEquals(t.get("Power Overload"), String.valueOf(j.get("powerOverload")));
        assertEquals(t.get("Main Power Fault"), String.valueOf(j.get("powerFault")));
        assertEquals(t.get("Power Control Fault"), String.valueOf(j.get("powerControlFault")));
        assertEquals(t.get("Power Restore Policy"), j.get("restorePolicy"));
        assertEquals(t.get("Drive Fault"), String.valueOf(j.get("driveFault")));
        assertEquals(t.get("Cooling/Fan Fault"), String.valueOf(j.get("coolingFault")));
        assertEquals(t.get("Chassis Intrusion"), (Boolean) j.get("intrusion") ? "active" : "inactive");
    }

    @Test
    @RequiresIpmiSim
    void actionsAreSeenByIpmitool(IpmiSimBmc bmc) throws Exception {
        ours(bmc, "chassis", "power", "off");
        assertTrue(Ipmitool.forBmc(bmc).run("chassis", "power", "status").stdout().contains("Chassis Power is off"));
        assertEquals("off", ours(bmc, "chassis", "power", "status").get("power"));
        ours(bmc, "chassis", "power", "on");
        assertTrue(Ipmitool.forBmc(bmc).run("chassis", "power", "status").stdout().contains("Chassis Power is on"));
        ours(bmc, "chassis", "bootdev", "pxe", "--efi");
        String boot = Ipmitool.forBmc(bmc).run("chassis", "bootparam", "get", "5").stdout();
        // ipmi_sim keeps the device selector but answers byte 1 (valid, persistent, EFI) as 00h.
        assertTrue(boot.contains("Boot Device Selector : Force PXE"), boot);
    }

    @Test
    void rawBytesMatch(IpmiSimBmc bmc) throws Exception {
        CommandResult r = Ipmitool.forBmc(bmc).run("raw", "0x06", "0x01");
        assertTrue(r.succeeded(), r::toString);
        List<Long> expected = new ArrayList<>();
        for (String b : r.stdout().trim().split("\\s+")) {
            expected.add(Long.parseLong(b, 16));
        }
        Map<String, Object> j = ours(bmc, "raw", "0x06", "0x01");
        assertEquals(0L, j.get("completionCode"));
        assertEquals(expected, j.get("data"));
        Cli text = Cli.at(bmc, "raw", "0x06", "0x01");
        assertEquals(r.stdout().trim(), text.out().trim());
    }

    @Test
    void userList(IpmiSimBmc bmc) throws Exception {
        CommandResult r = Ipmitool.forBmc(bmc).run("user", "list", "1");
        assertTrue(r.succeeded(), r::toString);
        Map<Long, String> expected = new TreeMap<>();
        for (String line : r.stdout().split("\n")) {
            String[] w = line.trim().split("\\s+");
            if (w.length > 2 && w[0].matches("\\d+") && !w[1].equals("true") && !w[1].equals("false")) {
                expected.put(Long.parseLong(w[0]), w[1]);
            }
        }
        Cli c = Cli.at(bmc, "--json", "user", "list");
        assertEquals(0, c.status(), c::toString);
        Map<Long, String> named = new TreeMap<>();
        for (Map<String, Object> u : c.array()) {
            if (!((String) u.get("name")).isEmpty()) {
                named.put(n(u.get("id")), (String) u.get("name"));
            }
        }
        assertEquals(expected, named);
        assertTrue(named.containsValue("admin"), named::toString);
        Map<String, Object> admin = c.array().stream().filter(u -> "admin".equals(u.get("name"))).findFirst().orElseThrow();
        assertEquals("administrator", admin.get("privilege"));
    }

    @Test
    void sessionInfo(IpmiSimBmc bmc) throws Exception {
        Map<String, Object> j = ours(bmc, "session", "info");
        Map<String, String> t = ipmitool(bmc, "session", "info", "active");
        assertEquals(t.get("slot count"), String.valueOf(n(j.get("possibleSessions"))));
        assertEquals(2L, j.get("userId"));
        assertEquals("administrator", j.get("privilege"));
        assertEquals("2.0", j.get("protocol"));
    }

    @Test
    void lanPrint(IpmiSimBmc bmc) throws Exception {
        Map<String, String> t = ipmitool(bmc, "lan", "print", "1");
        Map<String, Object> j = ours(bmc, "lan", "print");
        assertTrue(t.containsKey("IP Address") && t.containsKey("MAC Address"), t::toString);
        assertEquals(t.get("IP Address"), j.get("ipAddress"));
        assertEquals(t.get("MAC Address"), j.get("macAddress"));
        assertEquals(t.get("Subnet Mask"), j.get("subnetMask"));
        assertEquals(t.get("Default Gateway IP"), j.get("defaultGateway"));
    }

    @Test
    void solInfo(IpmiSimBmc bmc) throws Exception {
        Map<String, String> t = ipmitool(bmc, "sol", "info", "1");
        Map<String, Object> j = ours(bmc, "sol", "info");
        assertEquals(t.get("Enabled"), String.valueOf(j.get("enabled")));
    }

    @Test
    void selAndSdrInfo(IpmiSimBmc bmc) throws Exception {
        Map<String, String> t = ipmitool(bmc, "sel", "info");
        Map<String, Object> j = ours(bmc, "sel", "info");
        assertEquals(t.get("Entries"), String.valueOf(n(j.get("entries"))));
        assertEquals(t.get("Free Space"), n(j.get("freeBytes")) + " bytes");
        assertTrue(t.get("Version").startsWith((String) j.get("version")), t.get("Version"));
        Map<String, Object> sdr = ours(bmc, "sdr", "info");
        assertEquals("1.5", sdr.get("version"));
        assertTrue(n(sdr.get("entries")) > 0, sdr::toString);
    }

    @Test
    void suitesListsWhatTheBmcOffersAndMarksTheNegotiatedOne(IpmiSimBmc bmc) {
        Cli c = Cli.run("-H", bmc.host(), "-p", String.valueOf(bmc.port()), "-U", "admin", "-P", "adminpass",
                "--json", "suites");
        assertEquals(0, c.status(), c::toString);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> offered = (List<Map<String, Object>>) c.object().get("offered");
        assertEquals(15, offered.size());
        assertEquals("aes-cbc-128", offered.get(3).get("confidentiality"));
        @SuppressWarnings("unchecked")
        Map<String, Object> picked = (Map<String, Object>) c.object().get("negotiated");
        assertEquals(3L, picked.get("id"), "the strongest suite ipmi_sim supports");
    }
}
