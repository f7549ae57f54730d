package dev.ipmi.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IntegrityTest {
    private static final CryptoProvider JCA = CryptoProvider.defaultProvider();
    private static final byte[] K1 = range(0x10, 32);
    private static final byte[] KUID = RakpMath.kuid("secret".getBytes());
    private static final byte[] DATA = range(0x06, 45);

    private static byte[] range(int from, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (from + i);
        }
        return b;
    }

    private static Integrity create(IntegrityAlgorithm a) throws Exception {
        try (SessionKeys keys = new SessionKeys(new byte[32], K1, new byte[32], KUID)) {
            return Integrity.create(a, keys, JCA);
        }
    }

    private static byte[] sign(Integrity i, byte[] data) {
        ByteBuffer out = ByteBuffer.allocate(i.authCodeLength());
        i.sign(ByteBuffer.wrap(data), out);
        assertEquals(i.authCodeLength(), out.position());
        return out.array();
    }

    @Test
    void hmacAlgorithmsAreTruncatedHmacsKeyedWithK1() throws Exception {
        String[][] table = {{"HMAC_SHA1_96", "HmacSHA1", "12"}, {"HMAC_MD5_128", "HmacMD5", "16"},
            {"HMAC_SHA256_128", "HmacSHA256", "16"}};
        for (String[] row : table) {
            Mac mac = Mac.getInstance(row[1]);
            mac.init(new SecretKeySpec(K1, row[1]));
            byte[] expected = Arrays.copyOf(mac.doFinal(DATA), Integer.parseInt(row[2]));
            Integrity i = create(IntegrityAlgorithm.valueOf(row[0]));
            assertArrayEquals(expected, sign(i, DATA), row[0]);
        }
    }

    @Test
    void md5128IsMd5OfPasswordDataPasswordWithTheTwentyBytePassword() throws Exception {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        md5.update(KUID);
        md5.update(DATA);
        md5.update(KUID);
        Integrity i = create(IntegrityAlgorithm.MD5_128);
        assertEquals(20, KUID.length);
        assertArrayEquals(md5.digest(), sign(i, DATA));
    }

    @ParameterizedTest
    @EnumSource(value = IntegrityAlgorithm.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void flippedBitsFailVerification(IntegrityAlgorithm a) throws Exception {
        Integrity i = create(a);
        assertEquals(a, i.algorithm());
        assertEquals(a.authCodeLength(), i.authCodeLength());
        byte[] code = sign(i, DATA);
        assertTrue(i.verify(ByteBuffer.wrap(DATA), ByteBuffer.wrap(code)));
        for (int bit = 0; bit < DATA.length * 8; bit += 7) {
            byte[] tampered = DATA.clone();
            tampered[bit / 8] ^= (byte) (1 << (bit % 8));
            assertFalse(i.verify(ByteBuffer.wrap(tampered), ByteBuffer.wrap(code)), "data bit " + bit);
        }
        for (int bit = 0; bit < code.length * 8; bit++) {
            byte[] tampered = code.clone();
            tampered[bit / 8] ^= (byte) (1 << (bit % 8));
            assertFalse(i.verify(ByteBuffer.wrap(DATA), ByteBuffer.wrap(tampered)), "code bit " + bit);
        }
        assertFalse(i.verify(ByteBuffer.wrap(DATA), ByteBuffer.wrap(code, 0, code.length - 1)), "short code");
        // the instance is reusable after a failure
        assertTrue(i.verify(ByteBuffer.wrap(DATA), ByteBuffer.wrap(code)));
    }

    @Test
    void verifyDoesNotMoveTheAuthCodeAndConsumesTheCoveredData() throws Exception {
        Integrity i = create(IntegrityAlgorithm.HMAC_SHA1_96);
        byte[] code = sign(i, DATA);
        ByteBuffer covered = ByteBuffer.wrap(DATA);
        ByteBuffer authCode = ByteBuffer.wrap(code);
        assertTrue(i.verify(covered, authCode));
        assertEquals(DATA.length, covered.position());
        assertEquals(0, authCode.position());
    }

    @Test
    void differentKeysGiveDifferentCodes() throws Exception {
        Integrity a = create(IntegrityAlgorithm.HMAC_SHA256_128);
        Integrity b;
        try (SessionKeys keys = new SessionKeys(new byte[32], range(0x11, 32), new byte[32], KUID)) {
            b = Integrity.create(IntegrityAlgorithm.HMAC_SHA256_128, keys, JCA);
        }
        assertFalse(Arrays.equals(sign(a, DATA), sign(b, DATA)));
    }

    @Test
    void noneWritesNothingAndAcceptsEverything() throws Exception {
        Integrity i = create(IntegrityAlgorithm.NONE);
        ByteBuffer out = ByteBuffer.allocate(4);
        i.sign(ByteBuffer.wrap(DATA), out);
        assertEquals(0, out.position());
        assertTrue(i.verify(ByteBuffer.wrap(DATA), ByteBuffer.allocate(0)));
    }
}
