package dev.ipmi.testkit.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hundreds of simulated BMCs in one JVM: each answers, and closing them leaves no thread behind. */
class ManyBmcsTest {

    @Test
    void threeHundredBmcs() throws Exception {
        int threadsBefore = Thread.activeCount();
        List<SimulatedBmc> bmcs = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                bmcs.add(SimulatedBmc.newBuilder().start());
            }
            assertEquals(300, bmcs.stream().mapToInt(SimulatedBmc::port).distinct().count());
            try (TestConsole c = new TestConsole(bmcs.get(0).address())) {
                for (SimulatedBmc bmc : bmcs) {
                    c.socket.send(new java.net.DatagramPacket(HexFormat.of().parseHex("0600ff06000011be80210000"), 12,
                            bmc.address()));
                    assertNotNull(c.receive(), bmc::toString);
                }
            }
        } finally {
            bmcs.forEach(SimulatedBmc::close);
        }
        long end = System.nanoTime() + 5_000_000_000L;
        while (Thread.activeCount() > threadsBefore && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertTrue(Thread.activeCount() <= threadsBefore, "threads left: " + Thread.activeCount());
    }
}
