package dev.ipmi.testkit.ipmisim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.testkit.junit.Prerequisites;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lifecycle of {@link IpmiSimBmc} itself, through its Java API only. */
class IpmiSimBmcTest {

    @BeforeAll
    static void needsIpmiSim() {
        Prerequisites.fromEnvironment().requireIpmiSim();
    }

    @Test
    void startsQuicklyAndLaysOutItsWorkDirectory() throws IOException {
        long t0 = System.nanoTime();
        try (IpmiSimBmc bmc = IpmiSimBmc.start()) {
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(millis < 2_000, "startup took " + millis + " ms");
            assertTrue(bmc.answers(Duration.ofSeconds(1)));
            assertEquals("127.0.0.1", bmc.host());
            assertEquals(new InetSocketAddress("127.0.0.1", bmc.port()), bmc.address());
            assertEquals("1", Files.readString(bmc.powerFile()).trim());
            assertEquals("default", Files.readString(bmc.bootFile()).trim());
            assertTrue(Files.exists(bmc.chassisLog()));
            assertTrue(Files.isExecutable(bmc.workDir().resolve("conf/chassis-control.sh")));
            assertTrue(Files.size(bmc.workDir().resolve("state/ipmi_sim/testbmc/sdr.20.main")) > 0);
            assertTrue(Files.readString(bmc.workDir().resolve("lan.conf")).contains("addr 127.0.0.1 " + bmc.port()));
            assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(bmc.freeIpmiSdrCache())));
            assertTrue(Files.readString(bmc.log()).contains("IPMI Simulator"), "log: " + bmc.log());
            assertTrue(bmc.isPoweredOn());
        }
    }

    @Test
    void closeStopsBothProcessesRemovesTheLockAndTheWorkDirectory() throws Exception {
        IpmiSimBmc bmc = IpmiSimBmc.start();
        ProcessHandle ipmiSim = bmc.ipmiSimProcess();
        ProcessHandle socat = bmc.socatProcess();
        Path workDir = bmc.workDir();
        Path lock = lockOf(bmc);
        assertTrue(ipmiSim.isAlive() && socat.isAlive());
        assertTrue(Files.exists(lock), "ipmi_sim holds " + lock);

        bmc.close();

        assertFalse(ipmiSim.isAlive(), "ipmi_sim " + ipmiSim.pid());
        assertFalse(socat.isAlive(), "socat " + socat.pid());
        assertFalse(Files.exists(lock));
        assertFalse(Files.exists(workDir));
        assertFalse(bmc.isAlive());
        assertFalse(bmc.answers(Duration.ofMillis(200)));
        bmc.close(); // idempotent
        assertThrows(IOException.class, () -> bmc.console("sensor_set_value 0x20 0 1 45 0"));
    }

    @Test
    void closeCleansUpAfterIpmiSimWasKilled() throws Exception {
        IpmiSimBmc bmc = IpmiSimBmc.start();
        Path lock = lockOf(bmc);
        ProcessHandle socat = bmc.socatProcess();
        // SIGKILL: ipmi_sim cannot remove its own UUCP lock
        bmc.ipmiSimProcess().destroyForcibly();
        bmc.ipmiSimProcess().onExit().get(5, TimeUnit.SECONDS);
        assertTrue(Files.exists(lock));
        assertFalse(bmc.isAlive());

        bmc.close();

        assertFalse(Files.exists(lock));
        assertFalse(socat.isAlive());
    }

    @Test
    void severalInstancesRunSideBySide() throws IOException {
        try (IpmiSimBmc a = IpmiSimBmc.start(); IpmiSimBmc b = IpmiSimBmc.builder().poweredOn(false).start()) {
            assertNotEquals(a.port(), b.port());
            assertNotEquals(a.workDir(), b.workDir());
            assertNotEquals(lockOf(a), lockOf(b));
            assertTrue(a.answers(Duration.ofSeconds(1)));
            assertTrue(b.answers(Duration.ofSeconds(1)));
            assertTrue(a.isPoweredOn());
            assertFalse(b.isPoweredOn());
        }
    }

    @Test
    void takesAGivenPortAndRefusesOneInUse() throws IOException {
        int port;
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            port = s.getLocalPort();
            IOException e = assertThrows(IOException.class, () -> IpmiSimBmc.builder().port(port).start());
            assertTrue(e.getMessage().contains("in use"), e.getMessage());
        }
        try (IpmiSimBmc bmc = IpmiSimBmc.builder().port(port).start()) {
            assertEquals(port, bmc.port());
            assertTrue(bmc.answers(Duration.ofSeconds(1)));
        }
    }

    @Test
    void consoleCommandsRunAndReportTheirErrors() throws IOException {
        try (IpmiSimBmc bmc = IpmiSimBmc.start()) {
            for (int i = 0; i < 3; i++) {
                bmc.console("sensor_set_value 0x20 0 1 9" + i + " 0");
            }
            IOException unknown = assertThrows(IOException.class, () -> bmc.console("this_is_not_a_command 1"));
            assertTrue(unknown.getMessage().endsWith(": Unknown command: this_is_not_a_command"), unknown.getMessage());
            IOException noSensor = assertThrows(IOException.class, () -> bmc.console("sensor_set_value 0x20 0 99 1 0"));
            assertTrue(noSensor.getMessage().contains("Unable to set sensor value"), noSensor.getMessage());
            bmc.console("sensor_set_value 0x20 0 1 45 0"); // the BMC carries on
            assertTrue(bmc.isAlive());
            assertThrows(IllegalArgumentException.class, () -> bmc.console("a\nb"));
        }
    }

    @Test
    void usersMatchTheBundledConfiguration() throws IOException {
        try (IpmiSimBmc bmc = IpmiSimBmc.builder().keepWorkDir(true).start()) {
            String lanConf = Files.readString(bmc.workDir().resolve("lan.conf"));
            for (IpmiSimUser u : IpmiSimUser.ALL) {
                String line = "user " + u.id() + " " + u.enabled();
                assertTrue(lanConf.lines().anyMatch(l -> l.trim().startsWith(line)
                        && l.contains('"' + u.name() + '"') && l.contains('"' + u.password() + '"')), u.toString());
                assertFalse(u.toString().contains(u.password()), "toString leaks the password");
            }
            assertEquals(List.of(2, 3, 4, 5, 6), IpmiSimUser.ALL.stream().map(IpmiSimUser::id).toList());
            bmc.close();
            assertTrue(Files.isDirectory(bmc.workDir()), "kept");
            try (var paths = Files.walk(bmc.workDir())) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Path lockOf(IpmiSimBmc bmc) throws IOException {
        String lanConf = Files.readString(bmc.workDir().resolve("lan.conf"));
        String sol = lanConf.lines().filter(l -> l.trim().startsWith("sol ")).findFirst().orElseThrow();
        String device = sol.substring(sol.indexOf('"') + 1, sol.lastIndexOf('"'));
        return Path.of("/var/lock/LCK.." + Path.of(device).getFileName());
    }
}
