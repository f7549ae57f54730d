package dev.ipmi.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RakpMathTest {
    private static final CryptoProvider JCA = CryptoProvider.defaultProvider();
    private static final byte[] R_M = Wire.unhex("959246ff16ee34546839092813832cf3");
    private static final byte[] R_C = Wire.unhex("a15776e0b96bbb4b84e1a467dc8c22e4");
    private static final RakpRole ADMIN = new RakpRole(PrivilegeLevel.ADMINISTRATOR, true);
    private static final byte[] UNAME_M = "admin".getBytes();

    @Test
    void kuidIsThePasswordZeroPaddedToTwenty() {
        assertArrayEquals(Wire.unhex("61646d696e706173730000000000000000000000"), RakpMath.kuid("adminpass".getBytes()));
        assertEquals(20, RakpMath.kuid(new byte[20]).length);
        assertThrows(IllegalArgumentException.class, () -> RakpMath.kuid(new byte[21]));
    }

    @Test
    void kgReplacesKuidForTheSikOnly() throws Exception {
        byte[] kuid = RakpMath.kuid("adminpass".getBytes());
        byte[] kg = RakpMath.kuid("bmc key".getBytes());
        AuthenticationAlgorithm a = AuthenticationAlgorithm.RAKP_HMAC_SHA1;
        byte[] withKg = RakpMath.sik(a, kg, kuid, R_M, R_C, ADMIN, UNAME_M, JCA);
        byte[] without = RakpMath.sik(a, null, kuid, R_M, R_C, ADMIN, UNAME_M, JCA);
        assertArrayEquals(Wire.unhex("306ab68eb6e5ac2ecabbf7a60893853b55511eb1"), without); // cs3 capture
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(kg, "HmacSHA1"));
        mac.update(R_M);
        mac.update(R_C);
        mac.update(Wire.unhex("1405"));
        assertArrayEquals(mac.doFinal(UNAME_M), withKg);
    }

    @Test
    void sha256UsesTwentyByteConstantsAndSixteenByteIcv() throws Exception {
        AuthenticationAlgorithm a = AuthenticationAlgorithm.RAKP_HMAC_SHA256;
        byte[] sik = new byte[32];
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(sik, "HmacSHA256"));
        assertArrayEquals(mac.doFinal(Wire.unhex("01".repeat(20))), RakpMath.k1(a, sik, JCA));
        assertArrayEquals(mac.doFinal(Wire.unhex("02".repeat(20))), RakpMath.k2(a, sik, JCA));
        assertEquals(16, RakpMath.rakp4Icv(a, sik, R_M, 1, new byte[16], JCA).length);
        assertEquals(12, RakpMath.rakp4Icv(AuthenticationAlgorithm.RAKP_HMAC_SHA1, sik, R_M, 1, new byte[16], JCA).length);
    }

    @Test
    void rakpNoneGivesEmptyCodes() throws Exception {
        AuthenticationAlgorithm none = AuthenticationAlgorithm.RAKP_NONE;
        byte[] kuid = RakpMath.kuid(new byte[0]);
        assertEquals(0, RakpMath.rakp2AuthCode(none, kuid, 1, 2, R_M, R_C, new byte[16], ADMIN, UNAME_M, JCA).length);
        assertEquals(0, RakpMath.rakp3AuthCode(none, kuid, R_C, 1, ADMIN, UNAME_M, JCA).length);
        try (SessionKeys keys = RakpMath.sessionKeys(none, null, kuid, R_M, R_C, ADMIN, UNAME_M, JCA)) {
            assertEquals(0, keys.sik().length);
            assertEquals(0, keys.k1().length);
            assertEquals(0, RakpMath.rakp4Icv(none, keys.sik(), R_M, 1, new byte[16], JCA).length);
        }
    }

    @Test
    void sessionIdsAreLittleEndian() throws Exception {
        AuthenticationAlgorithm a = AuthenticationAlgorithm.RAKP_HMAC_SHA1;
        byte[] kuid = RakpMath.kuid("x".getBytes());
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(kuid, "HmacSHA1"));
        mac.update(R_C);
        mac.update(Wire.unhex("a4a3a2a0"));
        mac.update(Wire.unhex("1405"));
        assertArrayEquals(mac.doFinal(UNAME_M), RakpMath.rakp3AuthCode(a, kuid, R_C, 0xa0a2a3a4, ADMIN, UNAME_M, JCA));
    }

    @Test
    void userNamesOverSixteenBytesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> RakpMath.rakp3AuthCode(AuthenticationAlgorithm.RAKP_HMAC_SHA1,
                new byte[20], R_C, 1, ADMIN, new byte[17], JCA));
    }

    @ParameterizedTest
    @CsvSource({"0x14, ADMINISTRATOR, true", "0x04, ADMINISTRATOR, false", "0x12, USER, true", "0x03, OPERATOR, false"})
    void roleByte(int code, PrivilegeLevel privilege, boolean nameOnly) throws Exception {
        RakpRole role = RakpRole.of(code);
        assertEquals(new RakpRole(privilege, nameOnly), role);
        assertEquals(code, role.code());
    }

    @ParameterizedTest
    @CsvSource({"0x00", "0x10", "0x06", "0x24", "0x94"})
    void invalidRoleBytes(int code) {
        assertThrows(MalformedPacketException.class, () -> RakpRole.of(code));
    }

    @Test
    void constantTimeComparisons() {
        byte[] a = {1, 2, 3};
        assertTrue(RakpMath.constantTimeEquals(a, new byte[] {1, 2, 3}));
        assertFalse(RakpMath.constantTimeEquals(a, new byte[] {1, 2, 4}));
        assertFalse(RakpMath.constantTimeEquals(a, new byte[] {1, 2}));
        assertFalse(RakpMath.constantTimeEquals(a, (byte[]) null));
        ByteBuffer b = ByteBuffer.wrap(new byte[] {9, 1, 2, 3, 7}).position(1);
        assertTrue(RakpMath.constantTimeEquals(a, b));
        assertEquals(1, b.position());
        assertFalse(RakpMath.constantTimeEquals(a, b.position(3)));
    }
}
