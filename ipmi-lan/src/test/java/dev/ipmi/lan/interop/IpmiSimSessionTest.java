package dev.ipmi.lan.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ipmi.core.command.app.GetDeviceId;
import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import dev.ipmi.testkit.junit.RequiresIpmiSim;
import org.junit.jupiter.api.Test;

@RequiresIpmiSim
class IpmiSimSessionTest {

    @Test
    void automaticNegotiationOpensASessionAndRunsACommand(IpmiSimBmc bmc) throws Exception {
        try (IpmiClient client = IpmiClient.newBuilder().build();
             IpmiSession s = client.openSessionBlocking(BmcAddress.of(bmc.host(), bmc.port()),
                     Credentials.of("admin", "adminpass"))) {
            GetDeviceId.Response id = s.sendBlocking(new GetDeviceId());
            System.out.println(id + " via " + s);
            assertEquals(3, s.cipherSuite().id());
        }
    }
}
