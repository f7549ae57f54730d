package dev.ipmi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import dev.ipmi.testkit.junit.RequiresIpmiSim;
import java.net.DatagramSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every failure is one line on stderr with the documented exit status, and no stack trace. */
@RequiresIpmiSim
class ErrorPathsTest {

    private static Cli as(IpmiSimBmc bmc, String user, String password, String... args) {
        String[] all = new String[6 + args.length];
        System.arraycopy(new String[] {"-H", bmc.host() + ":" + bmc.port(), "-U", user, "-P", password}, 0, all, 0, 6);
        System.arraycopy(args, 0, all, 6, args.length);
        return Cli.run(all);
    }

    private static void oneLine(Cli c, int status, String message) {
        assertEquals(status, c.status(), c::toString);
        assertTrue(c.err().contains(message), c::toString);
        assertEquals(1, c.err().strip().lines().count(), "one line, no stack trace: " + c);
        assertFalse(c.err().contains("\tat "), c::toString);
    }

    @Test
    void wrongPassword(IpmiSimBmc bmc) {
        oneLine(as(bmc, "admin", "wrong", "info"), 2, "ipmi info: wrong password or Kg for user admin");
    }

    @Test
    void wrongPasswordOverIpmi15(IpmiSimBmc bmc) {
        oneLine(as(bmc, "admin", "wrong", "-I", "lan", "info"), 2, "wrong password or Kg for user admin");
    }

    @Test
    void wrongKg(IpmiSimBmc bmc) {
        // ipmi_sim has no Kg (it uses the password): the RAKP 2 code verifies, only RAKP 4 (keyed with Kg) fails.
        oneLine(as(bmc, "admin", "adminpass", "-y", "0102030405", "info"), 2,
                "the BMC could not prove it knows the password (RAKP 4 check failed): a wrong Kg (-y)");
    }

    @Test
    void unknownUser(IpmiSimBmc bmc) {
        oneLine(as(bmc, "nobody", "x", "info"), 2, "the BMC does not know user nobody, or the user is disabled, "
                + "or may not log in at ADMINISTRATOR (try a lower -L)");
    }

    @Test
    void commandAboveTheSessionsPrivilege(IpmiSimBmc bmc) {
        oneLine(as(bmc, "user", "userpass", "-L", "USER", "chassis", "power", "off"), 1,
                "Chassis Control failed: completion code D4h");
    }

    @Test
    void rawInvalidCommand(IpmiSimBmc bmc) {
        oneLine(as(bmc, "admin", "adminpass", "raw", "0x06", "0xee"), 1, "raw 0x06 0xee failed: completion code C1h");
        Cli json = as(bmc, "admin", "adminpass", "--json", "raw", "0x06", "0xee");
        assertEquals(0, json.status(), json::toString);
        assertEquals(0xC1L, json.object().get("completionCode"));
    }

    @Test
    void unsupportedDcmi(IpmiSimBmc bmc) {
        oneLine(as(bmc, "admin", "adminpass", "dcmi", "power"), 1, "Get Power Reading failed: completion code C1h");
    }

    @Test
    void nobodyAnswers() throws Exception {
        int port;
        try (DatagramSocket s = new DatagramSocket(0)) {
            port = s.getLocalPort();
        }
        long t0 = System.nanoTime();
        Cli c = Cli.run("-H", "127.0.0.1", "-p", String.valueOf(port), "-U", "admin", "-P", "x", "-N", "1", "-R", "2", "info");
        oneLine(c, 1, "ipmi info: BMC did not answer 127.0.0.1:" + port + " within 1 s (2 tries)");
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "bounded by -N");
        Cli d = Cli.run("-N", "1", "discover", "127.0.0.1:" + port);
        assertEquals(1, d.status(), d::toString);
        assertTrue(d.out().contains("127.0.0.1:" + port) && d.err().contains("did not answer"), d::toString);
    }

    @Test
    void verboseAddsTheStackTraceButNeverTheSecret(IpmiSimBmc bmc) {
        Cli c = as(bmc, "admin", "s3cr3t-pw", "-v", "info");
        assertEquals(2, c.status(), c::toString);
        assertTrue(c.err().contains("\tat "), c::toString);
        assertFalse(c.err().contains("s3cr3t-pw") || c.out().contains("s3cr3t-pw"), c::toString);
    }

    @Test
    void passwordFromEnvironmentAndFile(IpmiSimBmc bmc, @TempDir Path dir) throws Exception {
        String hostPort = bmc.host() + ":" + bmc.port();
        Cli env = Cli.run(Map.of("IPMI_PASSWORD", "adminpass"), "-H", hostPort, "-U", "admin", "-E", "chassis", "power", "status");
        assertEquals(0, env.status(), env::toString);
        assertTrue(env.out().startsWith("Chassis Power is "), env::toString);
        Path file = Files.writeString(dir.resolve("pw"), "adminpass\n");
        Cli f = Cli.run("-H", hostPort, "-U", "admin", "-f", file.toString(), "chassis", "power", "status");
        assertEquals(0, f.status(), f::toString);
        oneLine(Cli.run(Map.of(), "-H", hostPort, "-U", "admin", "-E", "info"), 2, "-E given but IPMI_PASSWORD is not set");
    }

    @Test
    void ipmi15Session(IpmiSimBmc bmc) {
        Cli c = as(bmc, "admin", "adminpass", "-I", "lan", "-A", "MD5", "--json", "info");
        assertEquals(0, c.status(), c::toString);
        @SuppressWarnings("unchecked")
        Map<String, Object> session = (Map<String, Object>) c.object().get("session");
        assertEquals("1.5", session.get("version"));
        assertEquals("md5", session.get("authType"));
        assertEquals(null, session.get("cipherSuite"));
    }
}
