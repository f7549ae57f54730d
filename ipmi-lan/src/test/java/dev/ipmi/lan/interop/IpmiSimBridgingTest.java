package dev.ipmi.lan.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.command.CompletionCodeException;
import dev.ipmi.core.command.app.GetDeviceId;
import dev.ipmi.lan.BmcAddress;
import dev.ipmi.lan.BridgeTarget;
import dev.ipmi.lan.Credentials;
import dev.ipmi.lan.IpmiClient;
import dev.ipmi.lan.IpmiSession;
import dev.ipmi.lan.IpmiTimeoutException;
import dev.ipmi.lan.RetryPolicy;
import dev.ipmi.testkit.ipmisim.IpmiSimBmc;
import dev.ipmi.testkit.junit.RequiresIpmiSim;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Send Message bridging to a second controller that ipmi_sim emulates on its IPMB. */
@RequiresIpmiSim(perTest = true)
class IpmiSimBridgingTest {

    @Test
    void aBridgedRequestReachesTheControllerBehindTheBmc(IpmiSimBmc bmc) throws Exception {
        // A second MC at 30h on the IPMB: device id 31h, firmware 2.34, product 0F03h.
        bmc.console("mc_add 0x30 0x31 no-device-sdrs 0x02 2 0x34 0x9f 0x1291 0x0f03");
        bmc.console("mc_enable 0x30");
        try (IpmiClient client = IpmiClient.newBuilder().build();
             IpmiSession s = client.openSessionBlocking(BmcAddress.of(bmc.host(), bmc.port()),
                     Credentials.of("admin", "adminpass"))) {
            GetDeviceId.Response target = s.send(new GetDeviceId(), BridgeTarget.ipmb(0x30)).get();
            assertEquals(0x31, target.deviceId());
            assertEquals("2.34", target.firmwareRevision());
            assertEquals(0x0F03, target.productId());
            GetDeviceId.Response self = s.sendBlocking(new GetDeviceId());
            assertEquals(0x20, self.deviceId(), "unbridged requests still reach the BMC itself");
        }
    }

    @Test
    void aMissingTargetIsATypedFailureNotAHang(IpmiSimBmc bmc) throws Exception {
        RetryPolicy quick = RetryPolicy.defaults().withDeadline(Duration.ofSeconds(3));
        try (IpmiClient client = IpmiClient.newBuilder().retryPolicy(quick).build();
             IpmiSession s = client.openSessionBlocking(BmcAddress.of(bmc.host(), bmc.port()),
                     Credentials.of("admin", "adminpass"))) {
            CompletionException e = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class,
                    () -> s.send(new GetDeviceId(), BridgeTarget.ipmb(0x44)).join());
            assertTrue(e.getCause() instanceof CompletionCodeException || e.getCause() instanceof IpmiTimeoutException,
                    e.getCause().toString());
            assertEquals(0x20, s.sendBlocking(new GetDeviceId()).deviceId(), "the session carries on");
        }
    }
}
