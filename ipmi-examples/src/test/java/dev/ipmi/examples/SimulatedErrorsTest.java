package dev.ipmi.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.testkit.sim.SimulatedBmc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Login failures against the simulated BMC, which (unlike ipmi_sim) enforces every user's privilege limit. */
class SimulatedErrorsTest {
    private SimulatedBmc bmc;

    @BeforeEach
    void start() throws Exception {
        bmc = SimulatedBmc.newBuilder().maxSessions(2).kg("0123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .user(7, "viewer", "viewerpass", PrivilegeLevel.USER).start();
    }

    @AfterEach
    void stop() {
        bmc.close();
    }

    private Cli run(String... args) {
        String[] all = new String[2 + args.length];
        all[0] = "-H";
        all[1] = "127.0.0.1:" + bmc.port();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all);
    }

    private static void oneLine(Cli c, int status, String message) {
        assertEquals(status, c.status(), c::toString);
        assertEquals("ipmi info: " + message, c.err().strip(), c::toString);
    }

    @Test
    void privilegeAboveTheUsersLimit() {
        // The simulator answers RAKP status 0Dh (unauthorized name), as many BMCs do for a role above the limit.
        oneLine(run("-U", "viewer", "-P", "viewerpass", "-y", "30313233343536373839", "info"), 2,
                "the BMC does not know user viewer, or the user is disabled, or may not log in at ADMINISTRATOR (try a lower -L)");
        assertEquals(0, run("-U", "viewer", "-P", "viewerpass", "-y", "30313233343536373839", "-L", "USER", "info").status());
    }

    @Test
    void kgMatters() {
        oneLine(run("-U", "admin", "-P", "adminpass", "-y", "3031", "info"), 2, "the BMC could not prove it knows the "
                + "password (RAKP 4 check failed): a wrong Kg (-y), or not the BMC you meant");
        assertEquals(0, run("-U", "admin", "-P", "adminpass", "-y", "30313233343536373839", "info").status());
    }

    @Test
    void wrongPasswordAndUnknownUser() {
        oneLine(run("-U", "admin", "-P", "nope", "-y", "30313233343536373839", "info"), 2, "wrong password or Kg for user admin");
        oneLine(run("-U", "ghost", "-P", "x", "-L", "USER", "info"), 2, "the BMC does not know user ghost, or the user is disabled");
        oneLine(run("-P", "x", "-L", "USER", "info"), 2, "the BMC does not know the anonymous user (no -U), or the user is disabled");
    }

    @Test
    void sessionLimit() throws Exception {
        try (var client = dev.ipmi.lan.IpmiClient.newBuilder().build();
             var c = dev.ipmi.lan.Credentials.of("admin", "adminpass").withKg("0123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            for (int i = 0; i < 2; i++) {
                client.openSessionBlocking(dev.ipmi.lan.BmcAddress.of(bmc.address()), c); // closed with the client
            }
            assertEquals(2, bmc.activeSessionCount());
            Cli cli = run("-U", "admin", "-P", "adminpass", "-y", "30313233343536373839", "info");
            assertEquals(1, cli.status(), cli::toString);
            assertTrue(cli.err().startsWith("ipmi info: the BMC has no free session slot: close other sessions"), cli::toString);
        }
    }
}
