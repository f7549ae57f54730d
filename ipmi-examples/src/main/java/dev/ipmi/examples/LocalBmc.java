package dev.ipmi.examples;

import dev.ipmi.lan.BmcAddress;
import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import dev.ipmi.testkit.ipmisim.IpmiSimUser;
import java.io.IOException;

/**
 * The BMC every command talks to when no {@code -H} is given, started on a free loopback port
 * and stopped when the command ends. Its users are the testbed's ({@code admin/adminpass},
 * {@code operator/operatorpass}, {@code user/userpass}).
 *
 * <p>This is the only class that knows which simulator backs it: OpenIPMI's {@code ipmi_sim}
 * today, the in-JVM {@code SimulatedBmc} as soon as ipmi-testkit provides it.
 */
final class LocalBmc implements AutoCloseable {
    static final String USER = IpmiSimUser.ADMIN.name();
    static final String PASSWORD = IpmiSimUser.ADMIN.password();

    private final IpmiSimBmc bmc;

    private LocalBmc(IpmiSimBmc bmc) {
        this.bmc = bmc;
    }

    static LocalBmc start() throws CliException {
        try {
            return new LocalBmc(IpmiSimBmc.start());
        } catch (IOException e) {
            throw new CliException(Exit.FAILED, "no -H given and the embedded BMC could not start: " + e.getMessage()
                    + "; give -H host to talk to a real BMC", e);
        }
    }

    BmcAddress address() {
        return BmcAddress.of(bmc.address());
    }

    @Override
    public void close() {
        bmc.close();
    }
}
