package dev.ipmi.core.command.app;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.Octets;
import dev.ipmi.core.command.app.GetDeviceId.DeviceSupport;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Field values of App responses, from real BMC bytes. */
class AppCommandsTest {
    private static ByteBuffer hex(String s) {
        return ByteBuffer.wrap(Wire.unhex(s));
    }

    @Test
    void getDeviceIdFromIpmiSim() throws Exception {
        GetDeviceId.Response r = new GetDeviceId().decodeResponse(hex("20 01 01 23 02 9f 91 12 00 02 0f 00 00 00 00"));
        assertEquals(0x20, r.deviceId());
        assertEquals(1, r.deviceRevision());
        assertFalse(r.providesDeviceSdrs());
        assertEquals("1.23", r.firmwareRevision());
        assertEquals(2, r.ipmiVersionMajor());
        assertEquals(0, r.ipmiVersionMinor());
        assertEquals(4753, r.manufacturerId());
        assertEquals(3842, r.productId());
        assertEquals(EnumSet.of(DeviceSupport.SENSOR_DEVICE, DeviceSupport.SDR_REPOSITORY_DEVICE,
                DeviceSupport.SEL_DEVICE, DeviceSupport.FRU_INVENTORY_DEVICE, DeviceSupport.IPMB_EVENT_RECEIVER,
                DeviceSupport.CHASSIS_DEVICE), r.support());
        assertEquals(Octets.of(new byte[4]), r.auxiliaryFirmwareRevision());
    }

    @Test
    void getDeviceIdWithoutAuxiliaryRevisionAndTooShort() throws Exception {
        GetDeviceId.Response r = new GetDeviceId().decodeResponse(hex("20 81 81 05 51 bf 57 01 00 49 00"));
        assertTrue(r.providesDeviceSdrs());
        assertTrue(r.firmwareUpdateInProgress());
        assertEquals("1.05", r.firmwareRevision());
        assertEquals(1, r.ipmiVersionMajor());
        assertEquals(5, r.ipmiVersionMinor());
        assertEquals(0x157, r.manufacturerId());
        assertNull(r.auxiliaryFirmwareRevision());
        assertThrows(MalformedPacketException.class, () -> new GetDeviceId().decodeResponse(hex("20 01 01 23 02 9f 91 12 00 02")));
    }

    @Test
    void watchdogSettings() throws Exception {
        SetWatchdogTimer set = SetWatchdogTimer.decodeRequest(hex("44 31 0a 3e 58 02"));
        WatchdogSettings s = set.settings();
        assertEquals(WatchdogTimerUse.SMS_OS, s.timerUse());
        assertTrue(s.flag());
        assertFalse(s.dontLog());
        assertEquals(WatchdogAction.HARD_RESET, s.action());
        assertEquals(WatchdogPreTimeoutInterrupt.MESSAGING_INTERRUPT, s.preTimeoutInterrupt());
        assertEquals(10, s.preTimeoutIntervalSeconds());
        assertEquals(EnumSet.range(WatchdogTimerUse.BIOS_FRB2, WatchdogTimerUse.OEM), s.expirationFlags());
        assertEquals(Duration.ofSeconds(60), s.initialCountdown());
        GetWatchdogTimer.Response g = new GetWatchdogTimer().decodeResponse(hex("44 01 00 00 58 02 2c 01"));
        assertTrue(g.running());
        assertEquals(Optional.of(Duration.ofSeconds(30)), g.presentCountdown());
        assertThrows(MalformedPacketException.class, () -> SetWatchdogTimer.decodeRequest(hex("47 01 00 00 58 02")));
        assertThrows(IllegalArgumentException.class, () -> new WatchdogSettings(WatchdogTimerUse.OEM, false, false,
                WatchdogAction.NO_ACTION, WatchdogPreTimeoutInterrupt.NONE, 0, Set.of(), Duration.ofMillis(150)));
        assertThrows(IllegalArgumentException.class, () -> new WatchdogSettings(WatchdogTimerUse.OEM, false, false,
                WatchdogAction.NO_ACTION, WatchdogPreTimeoutInterrupt.NONE, 0, Set.of(WatchdogTimerUse.UNSPECIFIED), Duration.ZERO));
    }

    @Test
    void watchdogNeverSetAsIpmiSimReportsIt() throws Exception {
        // ipmi_sim: timer use 0 (reserved: never set) and no present countdown (it sends 6 data bytes, not 8)
        GetWatchdogTimer.Response g = new GetWatchdogTimer().decodeResponse(hex("00 00 00 00 00 00"));
        assertEquals(WatchdogTimerUse.UNSPECIFIED, g.settings().timerUse());
        assertFalse(g.running());
        assertEquals(Set.of(), g.settings().expirationFlags());
        assertEquals(Duration.ZERO, g.settings().initialCountdown());
        assertEquals(Optional.empty(), g.presentCountdown());
        assertEquals(6, g.encodedLength());
    }

    @Test
    void globalEnablesAndSelfTest() throws Exception {
        assertEquals(Set.of(BmcGlobalEnables.SYSTEM_EVENT_LOGGING, BmcGlobalEnables.EVENT_MESSAGE_BUFFER),
                new GetBmcGlobalEnables().decodeResponse(hex("0c")).enabled());
        GetSelfTestResults.Response ok = new GetSelfTestResults().decodeResponse(hex("55 00"));
        assertTrue(ok.passed());
        GetSelfTestResults.Response oem = new GetSelfTestResults().decodeResponse(hex("a0 01"));
        assertFalse(oem.passed());
        assertEquals("DEVICE_SPECIFIC(A0h)", oem.result().toString());
    }
}
