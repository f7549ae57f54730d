package dev.ipmi.core.command.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.AuthType;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Field values of session command responses seen from ipmi_sim. */
class SessionCommandsTest {
    private static ByteBuffer hex(String s) {
        return ByteBuffer.wrap(Wire.unhex(s));
    }

    @Test
    void channelAuthCapabilitiesFromIpmiSim() throws Exception {
        GetChannelAuthenticationCapabilities req =
                new GetChannelAuthenticationCapabilities(GetChannelAuthenticationCapabilities.CURRENT_CHANNEL, true,
                        PrivilegeLevel.ADMINISTRATOR);
        ByteBuffer out = ByteBuffer.allocate(req.dataLength());
        req.encodeData(out);
        assertEquals("8e04", Wire.hex(out.array()));
        var r = req.decodeResponse(hex("01 97 04 03 00 00 00 00"));
        assertEquals(1, r.channel());
        assertEquals(EnumSet.of(AuthType.NONE, AuthType.MD2, AuthType.MD5, AuthType.PASSWORD), r.authTypes());
        assertTrue(r.ipmi20ExtendedData());
        assertTrue(r.nonNullUserNames());
        assertFalse(r.nullUserNames());
        assertFalse(r.anonymousLogin());
        assertFalse(r.kgNonZero());
        assertTrue(r.supportsIpmi20());
        assertTrue(r.supportsIpmi15());
    }

    @Test
    void activateSessionFromCapture() throws Exception {
        var r = ActivateSession.decodeRequest(hex("02 04 91 59 e4 28 ae 0f 9d a1 b4 91 0c 82 20 ed 9f ca e4 e2 e2 bc"))
                .decodeResponse(hex("02 84 9f 00 00 54 8a a7 57 04"));
        assertEquals(AuthType.MD5, r.authType());
        assertEquals(0x9f84, r.sessionId());
        assertEquals(0x57a78a54, r.initialInboundSequence());
        assertEquals(PrivilegeLevel.ADMINISTRATOR, r.maxPrivilege());
    }

    @Test
    void sessionChallengeRequest() throws Exception {
        GetSessionChallenge q = GetSessionChallenge.decodeRequest(hex("02 61 64 6d 69 6e 00 00 00 00 00 00 00 00 00 00 00"));
        assertEquals(new GetSessionChallenge(AuthType.MD5, "admin"), q);
        assertEquals(0x1185, q.decodeResponse(hex("85 11 00 00 91 59 e4 28 ae 0f 9d a1 b4 91 0c 82 20 ed 9f ca")).temporarySessionId());
    }

    @Test
    void sessionInfoFromIpmiSim() throws Exception {
        var own = GetSessionInfo.current().decodeResponse(hex("01 3f 01 02 04 11"));
        assertEquals(1, own.sessionHandle());
        assertEquals(63, own.possibleSessions());
        assertEquals(1, own.activeSessions());
        assertNotNull(own.session());
        assertEquals(2, own.session().userId());
        assertEquals(PrivilegeLevel.ADMINISTRATOR, own.session().privilege());
        assertTrue(own.session().ipmi20());
        assertEquals(1, own.session().channel());
        assertNull(own.session().lanPeer());
        assertNull(GetSessionInfo.byHandle(2).decodeResponse(hex("00 3f 01")).session());
        var lan = GetSessionInfo.byIndex(1).decodeResponse(hex("01 3f 01 02 04 11 c0 a8 01 0a 00 11 22 33 44 55 6f 02"));
        assertEquals("c0a8010a", lan.session().lanPeer().ipAddress().toString());
        assertEquals(623, lan.session().lanPeer().port());
        assertThrows(MalformedPacketException.class, () -> GetSessionInfo.decodeRequest(hex("ff 01 02")));
        assertThrows(MalformedPacketException.class, () -> GetSessionInfo.decodeRequest(hex("40")));
    }

    @Test
    void setSessionPrivilegeQueryAndReservedLevel() throws Exception {
        assertNull(SetSessionPrivilegeLevel.decodeRequest(hex("00")).level());
        assertThrows(MalformedPacketException.class,
                () -> new SetSessionPrivilegeLevel(PrivilegeLevel.USER).decodeResponse(hex("07")));
    }
}
