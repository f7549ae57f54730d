package dev.ipmi.core.command.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.command.SetInProgress;
import dev.ipmi.core.wire.Wire;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TransportCommandsTest {
    private static ByteBuffer hex(String s) {
        return ByteBuffer.wrap(Wire.unhex(s));
    }

    private static LanParameter lan(int selector, String response) throws Exception {
        return GetLanConfigurationParameters.of(1, selector).decodeResponse(hex(response)).parameter();
    }

    private static SolParameter sol(int selector, String response) throws Exception {
        return GetSolConfigurationParameters.of(1, selector).decodeResponse(hex(response)).parameter();
    }

    @Test
    void lanParameters() throws Exception {
        assertEquals(new LanParameter.IpAddress((java.net.Inet4Address) InetAddress.getByName("192.168.1.10")), lan(3, "11 c0 a8 01 0a"));
        assertEquals(new LanParameter.AddressSource(IpAddressSource.DHCP), lan(4, "11 02"));
        assertEquals("001122334455", ((LanParameter.MacAddress) lan(5, "11 00 11 22 33 44 55")).address().toString());
        assertEquals(new LanParameter.VlanId(true, 100), lan(20, "11 64 80"));
        LanParameter.CipherSuitePrivileges p = (LanParameter.CipherSuitePrivileges) lan(24, "11 00 43 44 44 44 44 44 44 00");
        assertEquals(PrivilegeLevel.OPERATOR, p.maxPrivilegeByEntry().get(0));
        assertEquals(PrivilegeLevel.ADMINISTRATOR, p.maxPrivilegeByEntry().get(1));
        assertFalse(p.maxPrivilegeByEntry().containsKey(14));
        assertInstanceOf(LanParameter.Raw.class, lan(2, "11 15 15 15 15 00"));
        assertThrows(MalformedPacketException.class, () -> lan(4, "11 05"));
        assertThrows(MalformedPacketException.class, () -> lan(3, "11 c0 a8"));
    }

    @Test
    void solParametersAsIpmiSimAnswers() throws Exception {
        assertEquals(new SolParameter.InProgress(SetInProgress.SET_COMPLETE), sol(0, "11 00"));
        assertEquals(new SolParameter.Enable(true), sol(1, "11 01"));
        assertEquals(new SolParameter.BitRate(false, SolBitRate.SERIAL_SETTING), sol(5, "11 00"));
        SolParameter.Authentication a = (SolParameter.Authentication) sol(2, "11 00");
        assertNull(a.privilege());
        SolParameter.Authentication forced = (SolParameter.Authentication) sol(2, "11 c4");
        assertTrue(forced.forceEncryption());
        assertTrue(forced.forceAuthentication());
        assertEquals(PrivilegeLevel.ADMINISTRATOR, forced.privilege());
    }

    @Test
    void solUnitsAndRates() throws Exception {
        SolParameter.CharacterAccumulation c = (SolParameter.CharacterAccumulation) sol(3, "11 0c 60");
        assertEquals(Duration.ofMillis(60), c.interval());
        assertEquals(96, c.sendThreshold());
        SolParameter.Retry r = (SolParameter.Retry) sol(4, "11 07 32");
        assertEquals(7, r.count());
        assertEquals(Duration.ofMillis(500), r.interval());
        assertEquals(115200, ((SolParameter.BitRate) sol(6, "11 0a")).rate().bitsPerSecond());
        assertEquals(new SolParameter.PayloadPort(623), sol(8, "11 6f 02"));
        assertThrows(MalformedPacketException.class, () -> sol(5, "11 03"));
        assertThrows(IllegalArgumentException.class, () -> new SolParameter.Retry(8, Duration.ZERO));
    }
}
