package dev.ipmi.core.command.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.Octets;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.crypto.CipherSuite;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelCommandsTest {
    private static ByteBuffer hex(String s) {
        return ByteBuffer.wrap(Wire.unhex(s));
    }

    @Test
    void cipherSuitePageFromCapture() throws Exception {
        GetChannelCipherSuites.Response page = GetChannelCipherSuites.page(0x0E, 0)
                .decodeResponse(hex("01 c0 03 01 41 81 c0 11 03 44 81"));
        assertEquals(1, page.channel());
        assertFalse(page.hasMore());
        assertEquals(List.of(CipherSuite.SUITE_3, CipherSuite.SUITE_17), GetChannelCipherSuites.parseSuites(page.recordData()));
    }

    @Test
    void cipherSuitesAcrossPagesAndOemRecords() throws Exception {
        Octets all = Octets.ofHex("c0 00 00 40 80 c0 01 01 40 80 c0 02 01 41 80 c1 ff 57 01 00 01 41 81 c0 06 02 40 80");
        assertEquals(List.of(CipherSuite.SUITE_0, CipherSuite.SUITE_1, CipherSuite.SUITE_2, CipherSuite.SUITE_6),
                GetChannelCipherSuites.parseSuites(all));
        assertThrows(MalformedPacketException.class, () -> GetChannelCipherSuites.parseSuites(Octets.ofHex("c0")));
        assertThrows(MalformedPacketException.class, () -> GetChannelCipherSuites.parseSuites(Octets.ofHex("41 81")));
    }

    @Test
    void channelInfoAndAccess() throws Exception {
        GetChannelInfo.Response info = new GetChannelInfo(0x0E).decodeResponse(hex("01 04 01 82 00 00 00 00 00"));
        assertEquals(ChannelMedium.LAN_802_3, info.medium());
        assertEquals(ChannelProtocol.IPMB, info.protocol());
        assertEquals(GetChannelInfo.SessionSupport.MULTI_SESSION, info.sessionSupport());
        assertEquals(2, info.activeSessions());
        ChannelAccess a = new GetChannelAccess(1, true).decodeResponse(hex("22 04")).access();
        assertTrue(a.alertingDisabled());
        assertEquals(AccessMode.ALWAYS_AVAILABLE, a.mode());
        assertEquals(PrivilegeLevel.ADMINISTRATOR, a.privilegeLimit());
        assertThrows(MalformedPacketException.class, () -> new GetChannelAccess(1, true).decodeResponse(hex("22 00")));
    }
}
