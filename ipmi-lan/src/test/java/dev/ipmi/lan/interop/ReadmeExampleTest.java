package dev.ipmi.lan.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.command.app.GetDeviceId;
import dev.ipmi.core.command.chassis.ChassisControl;
import dev.ipmi.core.command.chassis.GetChassisStatus;
import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import dev.ipmi.testkit.junit.RequiresIpmiSim;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The usage example of the root README, verbatim but for the address, against ipmi_sim. */
@RequiresIpmiSim
class ReadmeExampleTest {

    @Test
    void theReadmeExampleWorks(IpmiSimBmc bmc) throws Exception {
        char[] password = "adminpass".toCharArray();
        String printed;
        try (IpmiClient client = IpmiClient.newBuilder().build();
             IpmiSession session = client.openSessionBlocking(BmcAddress.of(bmc.host(), bmc.port()),
                     Credentials.of("admin", password))) {               // cipher suite negotiated
            GetDeviceId.Response id = session.sendBlocking(new GetDeviceId());
            GetChassisStatus.Response chassis = session.sendBlocking(new GetChassisStatus());
            printed = String.format("firmware %s, power %s, suite %d%n", id.firmwareRevision(),
                    chassis.powerOn() ? "on" : "off", session.cipherSuite().id());
            session.send(new ChassisControl(ChassisControl.Control.POWER_CYCLE)).join(); // async twin
        }
        assertEquals(String.format("firmware 1.23, power on, suite 3%n"), printed);
        assertTrue(Files.readString(bmc.chassisLog()).contains("set power 0"), "the power cycle reached the BMC");
    }
}
