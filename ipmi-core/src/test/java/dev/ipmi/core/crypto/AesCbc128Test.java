package dev.ipmi.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.testing.Robustness;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AesCbc128Test {
    private static final byte[] K2 = new byte[20];
    private static final byte[] IV = new byte[16];

    static {
        for (int i = 0; i < K2.length; i++) {
            K2[i] = (byte) (0xA0 + i);
        }
        for (int i = 0; i < IV.length; i++) {
            IV[i] = (byte) (0x30 + i);
        }
    }

    private static AesCbc128 aes() throws Exception {
        return new AesCbc128(K2.clone(), new SecureRandom(), CryptoProvider.defaultProvider());
    }

    private static byte[] encrypt(AesCbc128 aes, byte[] plain) {
        ByteBuffer out = ByteBuffer.allocate(aes.encryptedLength(plain.length));
        aes.encrypt(ByteBuffer.wrap(plain), out);
        assertFalse(out.hasRemaining(), "encryptedLength is exact");
        return out.array();
    }

    private static byte[] decrypt(AesCbc128 aes, byte[] field) throws MalformedPacketException {
        ByteBuffer out = ByteBuffer.allocate(field.length);
        int n = aes.decrypt(ByteBuffer.wrap(field), out);
        assertEquals(n, out.position());
        return Arrays.copyOf(out.array(), n);
    }

    @ParameterizedTest
    @CsvSource({"0, 15", "1, 14", "14, 1", "15, 0", "16, 15", "17, 14", "31, 0", "32, 15"})
    void padFillsToWholeBlocks(int plainLength, int pad) throws Exception {
        assertEquals(pad, AesCbc128.padLength(plainLength));
        assertEquals(16 + plainLength + pad + 1, aes().encryptedLength(plainLength));
    }

    @Test
    void matchesTheJdkCbcOverDataPlusSpecPadding() throws Exception {
        byte[] plain = "IPMI payload of 21 b.".getBytes();
        ByteBuffer out = ByteBuffer.allocate(48);
        aes().encrypt(ByteBuffer.wrap(plain), IV, out);

        byte[] padded = new byte[32];
        System.arraycopy(plain, 0, padded, 0, plain.length);
        for (int k = 0; k < 10; k++) {
            padded[plain.length + k] = (byte) (k + 1);
        }
        padded[31] = 10;
        Cipher jdk = Cipher.getInstance("AES/CBC/NoPadding");
        jdk.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Arrays.copyOf(K2, 16), "AES"), new IvParameterSpec(IV));
        byte[] expected = new byte[48];
        System.arraycopy(IV, 0, expected, 0, 16);
        System.arraycopy(jdk.doFinal(padded), 0, expected, 16, 32);
        assertArrayEquals(expected, out.array());
    }

    @Test
    void roundTripsEveryLengthWithFreshIvs() throws Exception {
        AesCbc128 aes = aes();
        Random r = new Random(1);
        for (int n = 0; n <= 70; n++) {
            byte[] plain = new byte[n];
            r.nextBytes(plain);
            byte[] a = encrypt(aes, plain);
            byte[] b = encrypt(aes, plain);
            assertFalse(Arrays.equals(Arrays.copyOf(a, 16), Arrays.copyOf(b, 16)), "a new IV per packet");
            assertArrayEquals(plain, decrypt(aes, a));
            assertArrayEquals(plain, decrypt(aes, b));
        }
    }

    /** Hands out the given byte strings in order, one per {@code nextBytes} call. */
    private static final class ScriptedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final transient byte[][] script;
        private transient int next;

        ScriptedRandom(byte[]... script) {
            this.script = script;
        }

        @Override
        public void nextBytes(byte[] bytes) {
            assertEquals(script[next].length, bytes.length, "draw " + next);
            System.arraycopy(script[next++], 0, bytes, 0, bytes.length);
        }
    }

    /**
     * Packet i's IV is AES(key, counter + i) under the session's AES key (the first 16 bytes of
     * K2), the starting counter drawn once from the session's SecureRandom (SP 800-38A appendix C,
     * first method): checked against the JDK's AES over a counter that carries across bytes and
     * wraps at 2^128.
     */
    @ParameterizedTest
    @ValueSource(strings = {"0000000000000000000000000000fffe", "fffffffffffffffffffffffffffffffe"})
    void ivsAreTheSessionKeysEncryptionOfASessionCounter(String counterHex) throws Exception {
        byte[] counter = HexFormat.of().parseHex(counterHex);
        AesCbc128 aes = new AesCbc128(K2.clone(), new ScriptedRandom(counter.clone()), CryptoProvider.defaultProvider());
        Cipher jdk = Cipher.getInstance("AES/ECB/NoPadding");
        jdk.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Arrays.copyOf(K2, 16), "AES"));
        BigInteger c = new BigInteger(1, counter);
        BigInteger wrap = BigInteger.ONE.shiftLeft(128);
        for (int i = 0; i < 4; i++) {
            byte[] block = Arrays.copyOfRange(c.add(wrap).toByteArray(), 1, 17);
            byte[] field = encrypt(aes, "x".getBytes());
            assertArrayEquals(jdk.doFinal(block), Arrays.copyOf(field, 16), "IV of packet " + i);
            assertArrayEquals("x".getBytes(), decrypt(aes, field));
            c = c.add(BigInteger.ONE).mod(wrap);
        }
    }

    @Test
    void sessionsDrawIndependentIvSequences() throws Exception {
        AesCbc128 a = aes();
        AesCbc128 b = aes();
        byte[] plain = "same plaintext".getBytes();
        for (int i = 0; i < 8; i++) {
            assertFalse(Arrays.equals(Arrays.copyOf(encrypt(a, plain), 16), Arrays.copyOf(encrypt(b, plain), 16)),
                    "packet " + i + " of two sessions with the same K2 got the same IV");
        }
    }

    @Test
    void directBuffersWork() throws Exception {
        AesCbc128 aes = aes();
        byte[] plain = "direct".getBytes();
        ByteBuffer in = ByteBuffer.allocateDirect(plain.length).put(plain).flip();
        ByteBuffer field = ByteBuffer.allocateDirect(aes.encryptedLength(plain.length));
        aes.encrypt(in, field);
        field.flip();
        ByteBuffer out = ByteBuffer.allocateDirect(field.remaining());
        int n = aes.decrypt(field, out);
        byte[] back = new byte[n];
        out.flip().get(back);
        assertArrayEquals(plain, back);
    }

    @Test
    void badLengthsAreMalformed() throws Exception {
        AesCbc128 aes = aes();
        for (int n : new int[] {0, 15, 16, 17, 31, 33, 47}) {
            assertThrows(MalformedPacketException.class, () -> decrypt(aes, new byte[n]), n + " bytes");
        }
    }

    @Test
    void tamperedCiphertextBreaksThePadding() throws Exception {
        AesCbc128 aes = aes();
        // A fixed IV keeps the scrambled block below the same on every run: with a random one,
        // one run in a few hundred decrypts to something that happens to end in valid padding.
        byte[] plain = "0123456789".getBytes(); // 5 pad bytes
        ByteBuffer out = ByteBuffer.allocate(aes.encryptedLength(plain.length));
        byte[] iv = new byte[16];
        Arrays.fill(iv, (byte) 0x5A);
        aes.encrypt(ByteBuffer.wrap(plain), iv, out);
        byte[] field = out.array();
        // flipping a bit of the IV flips the same plaintext bit: hit the pad-length byte and a pad byte
        byte[] badLength = field.clone();
        badLength[15] ^= 0x40;
        assertThrows(MalformedPacketException.class, () -> decrypt(aes, badLength));
        byte[] badPad = field.clone();
        badPad[12] ^= 0x01;
        MalformedPacketException e = assertThrows(MalformedPacketException.class, () -> decrypt(aes, badPad));
        assertEquals("AES-CBC-128: pad byte 3 of 5 is wrong", e.getMessage());
        // a flipped ciphertext bit scrambles the whole last block
        byte[] scrambled = field.clone();
        scrambled[20] ^= 0x01;
        assertThrows(MalformedPacketException.class, () -> decrypt(aes, scrambled));
    }

    @Test
    void decryptIsRobust() throws Exception {
        AesCbc128 aes = aes();
        byte[] valid = encrypt(aes, "Get Device ID response bytes".getBytes());
        Robustness.assertRobust("AES-CBC-128 decrypt", valid,
                in -> aes.decrypt(in, ByteBuffer.allocate(in.remaining())));
    }
}
