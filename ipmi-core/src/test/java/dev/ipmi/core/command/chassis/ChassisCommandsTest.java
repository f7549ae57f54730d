package dev.ipmi.core.command.chassis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.SetInProgress;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ChassisCommandsTest {
    private static ByteBuffer hex(String s) {
        return ByteBuffer.wrap(Wire.unhex(s));
    }

    private static String encode(dev.ipmi.core.command.IpmiRequest<?> r) {
        ByteBuffer out = ByteBuffer.allocate(r.dataLength());
        r.encodeData(out);
        return Wire.hex(out.array());
    }

    @Test
    void chassisStatusFromIpmiSimHasNoFrontPanelByte() throws Exception {
        GetChassisStatus.Response r = new GetChassisStatus().decodeResponse(hex("01 00 00"));
        assertTrue(r.powerOn());
        assertEquals(PowerRestorePolicy.ALWAYS_OFF, r.restorePolicy());
        assertNull(r.identifyState());
        assertNull(r.frontPanelButtons());
        assertThrows(MalformedPacketException.class, () -> new GetChassisStatus().decodeResponse(hex("01 00")));
    }

    @Test
    void chassisCapabilitiesFromIpmiSimWithTrailingGarbage() throws Exception {
        // ipmi_sim's real answer: six meaningful bytes, then 29 bytes of uninitialised memory
        GetChassisCapabilities.Response r = new GetChassisCapabilities().decodeResponse(hex(
                "00 20 20 20 20 00 00 56 e0 f3 90 56 7f 00 00 00 00 00 00 00 00 00 00 69 7b ef 90 56 7f 00 00 10 b0 d7 9a"));
        assertEquals(new GetChassisCapabilities().decodeResponse(hex("00 20 20 20 20 00")), r);
        assertEquals(0x20, r.fruDeviceAddress());
        assertEquals(0x20, r.systemManagementDeviceAddress());
    }

    @Test
    void bootInfoAcknowledgeWithoutDataIsMalformed() {
        // ipmi_sim answers parameter 4 with the version and selector only: not a boot option we can report
        MalformedPacketException e = assertThrows(MalformedPacketException.class,
                () -> GetSystemBootOptions.of(4).decodeResponse(hex("01 04")));
        assertTrue(e.getMessage().contains("Boot info acknowledge"), e.getMessage());
    }

    @Test
    void chassisStatusWithEverything() throws Exception {
        GetChassisStatus.Response r = new GetChassisStatus().decodeResponse(hex("61 10 41 f0"));
        assertTrue(r.powerOn());
        assertEquals(PowerRestorePolicy.UNKNOWN, r.restorePolicy());
        assertEquals(Set.of(GetChassisStatus.LastPowerEvent.POWER_ON_BY_COMMAND), r.lastPowerEvents());
        assertEquals(GetChassisStatus.IdentifyState.OFF, r.identifyState());
        assertTrue(r.intrusion());
        assertFalse(r.frontPanelButtons().powerOffDisabled());
    }

    @ParameterizedTest
    @CsvSource({"POWER_DOWN,00", "POWER_UP,01", "POWER_CYCLE,02", "HARD_RESET,03", "PULSE_DIAGNOSTIC_INTERRUPT,04", "SOFT_SHUTDOWN,05"})
    void chassisControl(ChassisControl.Control c, String hex) {
        assertEquals(hex, encode(new ChassisControl(c)));
    }

    @Test
    void identify() {
        assertEquals("", encode(new ChassisIdentify(Optional.empty(), false)));
        assertEquals("05", encode(ChassisIdentify.forSeconds(5)));
        assertEquals("0001", encode(new ChassisIdentify(Optional.of(Duration.ZERO), true)));
        assertThrows(IllegalArgumentException.class, () -> ChassisIdentify.forSeconds(256));
        // ipmi_sim answered Chassis Identify with 35 bytes of uninitialised memory after cc 00
        assertEquals(new ChassisIdentify.Response(), ChassisIdentify.forSeconds(5).decodeResponse(ByteBuffer.allocate(35)));
    }

    @ParameterizedTest
    @CsvSource({
            "PXE, false, false, 80 04 00 00 00",
            "DISK, true, false, c0 08 00 00 00",
            "DISK_SAFE_MODE, false, false, 80 0c 00 00 00",
            "DIAGNOSTIC_PARTITION, false, false, 80 10 00 00 00",
            "CD_DVD, false, true, a0 14 00 00 00",
            "BIOS_SETUP, false, false, 80 18 00 00 00",
            "FLOPPY, false, false, 80 3c 00 00 00"})
    void bootFlags(String device, boolean persistent, boolean efi, String hex) throws Exception {
        BootDevice d = (BootDevice) BootDevice.class.getField(device).get(null);
        BootFlags f = persistent ? BootFlags.always(d, efi) : BootFlags.nextBoot(d, efi);
        assertEquals("05" + hex.replace(" ", ""), encode(new SetSystemBootOptions(f)));
        GetSystemBootOptions.Response r = GetSystemBootOptions.of(5).decodeResponse(hex("01 05 " + hex));
        assertEquals(f, r.option());
        assertEquals(d.toString(), device);
    }

    @Test
    void bootOptionParameters() throws Exception {
        BootOption p0 = GetSystemBootOptions.of(0).decodeResponse(hex("01 00 01")).option();
        assertEquals(new BootOption.InProgress(SetInProgress.SET_IN_PROGRESS), p0);
        assertThrows(MalformedPacketException.class, () -> GetSystemBootOptions.of(0).decodeResponse(hex("01 00 03")));
        BootOption p4 = GetSystemBootOptions.of(4).decodeResponse(hex("01 04 00 01")).option();
        assertEquals(Set.of(BootOption.BootInitiator.BIOS_POST), ((BootOption.BootInfoAcknowledge) p4).handled());
        GetSystemBootOptions.Response raw = GetSystemBootOptions.of(3).decodeResponse(hex("01 83 1f"));
        assertTrue(raw.invalid());
        assertInstanceOf(BootOption.Raw.class, raw.option());
        assertThrows(MalformedPacketException.class, () -> GetSystemBootOptions.of(5).decodeResponse(hex("01 05 80 04")));
    }

    @Test
    void pohAndRestart() throws Exception {
        GetPohCounter.Response poh = new GetPohCounter().decodeResponse(hex("3c 10 27 00 00"));
        assertEquals(Duration.ofHours(10_000), poh.powerOnTime());
        assertEquals(RestartCause.RTC_WAKEUP, new GetSystemRestartCause().decodeResponse(hex("0b 00")).cause());
    }
}
