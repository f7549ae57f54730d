package dev.ipmi.examples;

import dev.ipmi.lan.BmcAddress;
import dev.ipmi.testkit.sim.SimulatedBmc;
import java.io.IOException;

/**
 * The BMC every command talks to when no {@code -H} is given: ipmi-testkit's
 * {@link SimulatedBmc} in this JVM, on a free loopback port, stopped when the command ends.
 * Its profile is the ipmi_sim testbed's (users {@code admin/adminpass},
 * {@code operator/operatorpass}, {@code user/userpass}; the same SDRs, SEL and FRUs).
 */
final class LocalBmc implements AutoCloseable {
    static final String USER = "admin";
    static final String PASSWORD = "adminpass";

    private final SimulatedBmc bmc;

    private LocalBmc(SimulatedBmc bmc) {
        this.bmc = bmc;
    }

    static LocalBmc start() throws CliException {
        try {
            return new LocalBmc(SimulatedBmc.newBuilder().start());
        } catch (IOException e) {
            throw new CliException(Exit.FAILED, "no -H given and the embedded BMC could not start: " + e.getMessage()
                    + "; give -H host to talk to a real BMC", e);
        }
    }

    BmcAddress address() {
        return BmcAddress.of(bmc.address());
    }

    /** The simulator itself, for the demo (boot text on the SOL console). */
    SimulatedBmc simulator() {
        return bmc;
    }

    @Override
    public void close() {
        bmc.close();
    }
}
