package dev.ipmi.testkit.junit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** One BMC per class, shared; a method-level annotation gives that test its own, closed after it. */
@RequiresIpmiSim
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IpmiSimExtensionTest {
    private static IpmiSimBmc classBmc;
    private static IpmiSimBmc methodBmc;

    IpmiSimExtensionTest(IpmiSimBmc bmc) {
        if (classBmc == null) {
            classBmc = bmc;
        }
        assertSame(classBmc, bmc, "constructor gets the class's BMC");
    }

    @Test
    @Order(1)
    void classBmcIsRunning(IpmiSimBmc bmc) {
        assertSame(classBmc, bmc);
        assertTrue(bmc.answers(Duration.ofSeconds(1)));
    }

    @Test
    @Order(2)
    @RequiresIpmiSim(poweredOn = false)
    void methodGetsItsOwn(IpmiSimBmc bmc) throws IOException {
        methodBmc = bmc;
        assertNotSame(classBmc, bmc);
        assertFalse(bmc.isPoweredOn());
        assertTrue(classBmc.isPoweredOn());
    }

    @Test
    @Order(3)
    void methodBmcWasClosedAfterItsTest(IpmiSimBmc bmc) {
        assertSame(classBmc, bmc);
        assertFalse(methodBmc.isAlive());
        assertTrue(classBmc.isAlive());
    }

    @AfterAll
    static void classBmcStillOpenUntilAfterAll() {
        assertTrue(classBmc.isAlive());
    }
}
