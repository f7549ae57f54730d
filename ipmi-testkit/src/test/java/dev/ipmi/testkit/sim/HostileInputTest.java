package dev.ipmi.testkit.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.crypto.CipherSuite;
import java.net.DatagramPacket;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Garbage and mutated datagrams neither crash the simulated BMC nor disturb an established session. */
class HostileInputTest {

    private static final List<byte[]> SEEDS = List.of(
            HexFormat.of().parseHex("0600ff06000011be80210000"),                                    // ping
            HexFormat.of().parseHex("0600ff07000000000000000000092081" + "1c" + "813800" + "8e04" + "65"), // 1.5 auth caps
            HexFormat.of().parseHex("0600ff0706100000000000000000200007040000" + "78563412"
                    + "0000000801000000" + "0100000801000000" + "0200000801000000"),              // Open Session
            HexFormat.of().parseHex("0600ff07061200000000000000002400" + "08000000" + "78563412"
                    + "00000000000000000000000000000000" + "14000005" + "61646d696e"));           // RAKP 1

    @Test
    void survivesTenThousandHostileDatagrams() throws Exception {
        try (SimulatedBmc bmc = SimulatedBmc.newBuilder().faultSeed(1).start();
                TestConsole good = new TestConsole(bmc.address());
                TestConsole evil = new TestConsole(bmc.address())) {
            good.login(CipherSuite.SUITE_3, "admin", "adminpass", PrivilegeLevel.ADMINISTRATOR);
            Random random = new Random(7);
            for (int i = 0; i < 10_000; i++) {
                byte[] d;
                if (i % 3 == 0) {
                    d = new byte[random.nextInt(80)];
                    random.nextBytes(d);
                } else {
                    d = SEEDS.get(random.nextInt(SEEDS.size())).clone();
                    int flips = 1 + random.nextInt(4);
                    for (int f = 0; f < flips && d.length > 0; f++) {
                        d[random.nextInt(d.length)] = (byte) random.nextInt(256);
                    }
                    if (random.nextBoolean()) {
                        d = java.util.Arrays.copyOf(d, random.nextInt(d.length + 1));
                    }
                }
                evil.socket.send(new DatagramPacket(d, d.length, bmc.address()));
                if (i % 500 == 0) {
                    Thread.sleep(5); // let the BMC drain its socket buffer
                }
            }
            // The real session still works (its sequence window was never touched). The flood may still
            // fill the BMC's socket buffer, where the kernel drops datagrams: retry like a client does.
            Thread.sleep(200);
            byte[] r = good.command(0x06, 0x01);
            if (r == null) {
                r = good.command(0x06, 0x01);
            }
            assertNotNull(r);
            assertEquals(0, r[0]);
            evil.socket.send(new DatagramPacket(SEEDS.get(0), SEEDS.get(0).length, bmc.address()));
            evil.timeout(2000);
            byte[] pong;
            do {
                pong = evil.receive();
            } while (pong != null && pong.length != 28);
            assertNotNull(pong, "still answers pings");
            assertEquals(0, bmc.internalErrors(), "no exception on the selector thread");
        }
    }
}
