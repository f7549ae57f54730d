package dev.ipmi.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.AuthType;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class Ipmi15AuthTest {
    private static final CryptoProvider JCA = CryptoProvider.defaultProvider();
    private static final byte[] PASSWORD = "pw".getBytes();
    private static final byte[] MESSAGE = {0x20, 0x18, (byte) 0xc8, (byte) 0x81, 0x04, 0x01, 0x7a};

    private static byte[] compute(Ipmi15AuthCode auth, int sid, int seq) {
        ByteBuffer out = ByteBuffer.allocate(16);
        auth.compute(sid, seq, ByteBuffer.wrap(MESSAGE), out);
        return Arrays.copyOf(out.array(), out.position());
    }

    @ParameterizedTest
    @EnumSource(value = AuthType.class, names = {"MD2", "MD5"})
    void digestOfPasswordSessionIdMessageSequencePassword(AuthType type) throws Exception {
        byte[] pw16 = Arrays.copyOf(PASSWORD, 16);
        MessageDigest md = MessageDigest.getInstance(type.name());
        md.update(pw16);
        md.update(new byte[] {0x04, 0x03, 0x02, 0x01});
        md.update(MESSAGE);
        md.update(new byte[] {0x08, 0x07, 0x06, 0x05});
        md.update(pw16);
        try (Ipmi15AuthCode auth = Ipmi15AuthCode.create(type, PASSWORD, JCA)) {
            assertEquals(type, auth.type());
            assertArrayEquals(md.digest(), compute(auth, 0x01020304, 0x05060708));
        }
    }

    @Test
    void passwordAndNone() throws Exception {
        try (Ipmi15AuthCode pw = Ipmi15AuthCode.create(AuthType.PASSWORD, PASSWORD, JCA);
                Ipmi15AuthCode none = Ipmi15AuthCode.create(AuthType.NONE, new byte[0], JCA)) {
            assertArrayEquals(Arrays.copyOf(PASSWORD, 16), compute(pw, 1, 2));
            assertEquals(0, none.authCodeLength());
            assertEquals(0, compute(none, 1, 2).length);
            assertTrue(none.verify(1, 2, ByteBuffer.wrap(MESSAGE), ByteBuffer.allocate(0)));
        }
    }

    @Test
    void tamperedMessageOrCodeFails() throws Exception {
        try (Ipmi15AuthCode auth = Ipmi15AuthCode.create(AuthType.MD5, PASSWORD, JCA)) {
            byte[] code = compute(auth, 7, 9);
            byte[] msg = MESSAGE.clone();
            msg[3] ^= 1;
            assertFalse(auth.verify(7, 9, ByteBuffer.wrap(msg), ByteBuffer.wrap(code)));
            code[15] ^= 1;
            assertFalse(auth.verify(7, 9, ByteBuffer.wrap(MESSAGE), ByteBuffer.wrap(code)));
            assertFalse(auth.verify(7, 9, ByteBuffer.wrap(MESSAGE), ByteBuffer.allocate(3)));
        }
    }

    @Test
    void rejectsWhatHasNoAuthCode() {
        assertThrows(IllegalArgumentException.class, () -> Ipmi15AuthCode.create(AuthType.OEM, PASSWORD, JCA));
        assertThrows(IllegalArgumentException.class, () -> Ipmi15AuthCode.create(AuthType.RMCP_PLUS, PASSWORD, JCA));
        assertThrows(IllegalArgumentException.class, () -> Ipmi15AuthCode.create(AuthType.MD5, new byte[17], JCA));
    }

    @Test
    void closeWipesAndForbidsFurtherUse() throws Exception {
        Ipmi15AuthCode auth = Ipmi15AuthCode.create(AuthType.MD5, PASSWORD, JCA);
        auth.close();
        assertThrows(IllegalStateException.class, () -> compute(auth, 1, 1));
    }

    /** byte 3 of Get Channel Auth Capabilities | session type | activate | privilege | expected type. */
    @ParameterizedTest
    @CsvSource({
        "0x04, MD5, false, ADMINISTRATOR, MD5",   // the ipmi15-md5 capture: everything authenticated
        "0x14, MD5, false, ADMINISTRATOR, NONE",  // per-message authentication disabled
        "0x14, MD5, true,  ADMINISTRATOR, MD5",   // ... but Activate Session is always authenticated
        "0x08, MD5, false, USER,          NONE",  // user-level authentication disabled
        "0x08, MD5, false, OPERATOR,      MD5",
        "0x08, MD5, true,  USER,          MD5",
        "0x00, NONE, false, USER,         NONE",
    })
    void policy(int byte3, AuthType session, boolean activate, PrivilegeLevel required, AuthType expected) {
        assertEquals(expected, Ipmi15AuthPolicy.fromCapabilities(byte3).authTypeFor(session, activate, required));
    }

    @Test
    void unauthenticatedResponses() {
        assertFalse(Ipmi15AuthPolicy.STRICT.acceptsUnauthenticatedResponse(AuthType.MD5));
        assertTrue(Ipmi15AuthPolicy.STRICT.acceptsUnauthenticatedResponse(AuthType.NONE));
        assertTrue(Ipmi15AuthPolicy.fromCapabilities(0x10).acceptsUnauthenticatedResponse(AuthType.MD5));
    }
}
