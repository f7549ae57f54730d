package dev.ipmi.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.testing.Robustness;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * xRC4 has no reference peer, so these tests derive the expected bytes by hand from the
 * definition in the class javadoc, with an RC4 written here (checked against the classic
 * "Key"/"Plaintext" vector) rather than the JCA ARCFOUR the implementation uses.
 */
class Xrc4Test {
    private static final byte[] K2 = Wire.unhex("4bed354da85c6295caf2135ea108b934f3aae753");
    private static final byte[] IV = Wire.unhex("000102030405060708090a0b0c0d0e0f");

    /** Textbook RC4: key schedule, then {@code n} keystream bytes after skipping {@code skip}. */
    static byte[] rc4Keystream(byte[] key, int skip, int n) {
        int[] s = new int[256];
        for (int i = 0; i < 256; i++) {
            s[i] = i;
        }
        for (int i = 0, j = 0; i < 256; i++) {
            j = (j + s[i] + (key[i % key.length] & 0xFF)) & 0xFF;
            int t = s[i];
            s[i] = s[j];
            s[j] = t;
        }
        byte[] out = new byte[n];
        for (int k = 0, i = 0, j = 0; k < skip + n; k++) {
            i = (i + 1) & 0xFF;
            j = (j + s[i]) & 0xFF;
            int t = s[i];
            s[i] = s[j];
            s[j] = t;
            if (k >= skip) {
                out[k - skip] = (byte) s[(s[i] + s[j]) & 0xFF];
            }
        }
        return out;
    }

    private static byte[] xor(byte[] data, byte[] stream) {
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = (byte) (data[i] ^ stream[i]);
        }
        return out;
    }

    private static byte[] rc4Key(Xrc4.Strength strength, byte[] iv) throws Exception {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        md5.update(K2);
        md5.update(iv);
        return Arrays.copyOf(md5.digest(), strength.keyLength);
    }

    private static Xrc4 xrc4(Xrc4.Strength strength) throws Exception {
        return new Xrc4(strength, K2.clone(), new SecureRandom(), CryptoProvider.defaultProvider());
    }

    private static byte[] encrypt(Xrc4 x, byte[] plain, byte[] iv) {
        ByteBuffer out = ByteBuffer.allocate(x.encryptedLength(plain.length));
        x.encrypt(ByteBuffer.wrap(plain), iv, out);
        assertFalse(out.hasRemaining(), "encryptedLength is exact");
        return out.array();
    }

    private static byte[] decrypt(Xrc4 x, byte[] field) throws MalformedPacketException {
        ByteBuffer out = ByteBuffer.allocate(field.length);
        int n = x.decrypt(ByteBuffer.wrap(field), out);
        return Arrays.copyOf(out.array(), n);
    }

    @Test
    void ourRc4MatchesTheClassicVector() {
        byte[] ct = xor("Plaintext".getBytes(), rc4Keystream("Key".getBytes(), 0, 9));
        assertArrayEquals(Wire.unhex("bbf316e8d940af0ad3"), ct);
    }

    @ParameterizedTest
    @EnumSource(Xrc4.Strength.class)
    void firstPacketCarriesOffsetZeroAndTheIvLaterOnesContinueTheKeystream(Xrc4.Strength strength) throws Exception {
        Xrc4 x = xrc4(strength);
        assertEquals(strength == Xrc4.Strength.BITS_128 ? ConfidentialityAlgorithm.XRC4_128
                : ConfidentialityAlgorithm.XRC4_40, x.algorithm());
        byte[] key = rc4Key(strength, IV);
        byte[] first = "first packet".getBytes();
        byte[] second = "and the second".getBytes();

        assertEquals(4 + 16 + first.length, x.encryptedLength(first.length));
        byte[] field1 = encrypt(x, first, IV);
        byte[] expected1 = new byte[4 + 16 + first.length];
        System.arraycopy(IV, 0, expected1, 4, 16);
        System.arraycopy(xor(first, rc4Keystream(key, 0, first.length)), 0, expected1, 20, first.length);
        assertArrayEquals(expected1, field1);

        assertEquals(4 + second.length, x.encryptedLength(second.length));
        byte[] field2 = encrypt(x, second, null);
        byte[] expected2 = new byte[4 + second.length];
        expected2[0] = (byte) first.length; // data offset 12, little-endian
        System.arraycopy(xor(second, rc4Keystream(key, first.length, second.length)), 0, expected2, 4,
                second.length);
        assertArrayEquals(expected2, field2);
    }

    @Test
    void fortyBitKeyIsTheFirstFiveBytes() throws Exception {
        byte[] plain = new byte[8];
        byte[] c40 = encrypt(xrc4(Xrc4.Strength.BITS_40), plain, IV);
        byte[] c128 = encrypt(xrc4(Xrc4.Strength.BITS_128), plain, IV);
        assertArrayEquals(rc4Keystream(rc4Key(Xrc4.Strength.BITS_40, IV), 0, 8), Arrays.copyOfRange(c40, 20, 28));
        assertFalse(Arrays.equals(c40, c128));
    }

    @ParameterizedTest
    @EnumSource(Xrc4.Strength.class)
    void roundTripsAStreamOfPackets(Xrc4.Strength strength) throws Exception {
        Xrc4 console = xrc4(strength);
        Xrc4 bmc = xrc4(strength);
        for (int i = 0; i < 50; i++) {
            byte[] plain = ("packet number " + i + " " + "x".repeat(i)).getBytes();
            ByteBuffer field = ByteBuffer.allocate(console.encryptedLength(plain.length));
            console.encrypt(ByteBuffer.wrap(plain), field);
            assertArrayEquals(plain, decrypt(bmc, field.array()));
        }
    }

    @Test
    void receiverResynchronisesAfterLostPackets() throws Exception {
        Xrc4 console = xrc4(Xrc4.Strength.BITS_128);
        Xrc4 bmc = xrc4(Xrc4.Strength.BITS_128);
        assertArrayEquals("one".getBytes(), decrypt(bmc, encrypt(console, "one".getBytes(), IV)));
        encrypt(console, "lost".getBytes(), null);
        encrypt(console, "also lost".getBytes(), null);
        assertArrayEquals("four".getBytes(), decrypt(bmc, encrypt(console, "four".getBytes(), null)));
    }

    @Test
    void replayedOrReorderedPacketIsMalformed() throws Exception {
        Xrc4 console = xrc4(Xrc4.Strength.BITS_128);
        Xrc4 bmc = xrc4(Xrc4.Strength.BITS_128);
        decrypt(bmc, encrypt(console, "one".getBytes(), IV));
        byte[] two = encrypt(console, "two".getBytes(), null);
        byte[] three = encrypt(console, "three".getBytes(), null);
        decrypt(bmc, three);
        MalformedPacketException e = assertThrows(MalformedPacketException.class, () -> decrypt(bmc, two));
        assertEquals("xRC4: data offset 3 is behind the keystream at 11 (reordered or replayed packet)", e.getMessage());
    }

    @Test
    void unusableHeadersAreMalformed() throws Exception {
        Xrc4 fresh = xrc4(Xrc4.Strength.BITS_128);
        assertThrows(MalformedPacketException.class, () -> decrypt(fresh, Wire.unhex("050000")));
        assertThrows(MalformedPacketException.class, () -> decrypt(fresh, Wire.unhex("05000000aa")), "no IV yet");
        assertThrows(MalformedPacketException.class, () -> decrypt(fresh, Wire.unhex("00000000" + "00".repeat(15))));
        Xrc4 keyed = xrc4(Xrc4.Strength.BITS_128);
        decrypt(keyed, encrypt(xrc4(Xrc4.Strength.BITS_128), "x".getBytes(), IV));
        assertThrows(MalformedPacketException.class, () -> decrypt(keyed, Wire.unhex("ffffff7faa")), "too far ahead");
    }

    @Test
    void aNewIvRekeysTheReceiver() throws Exception {
        Xrc4 bmc = xrc4(Xrc4.Strength.BITS_128);
        decrypt(bmc, encrypt(xrc4(Xrc4.Strength.BITS_128), "session one".getBytes(), IV));
        byte[] otherIv = new byte[16];
        assertArrayEquals("fresh key".getBytes(),
                decrypt(bmc, encrypt(xrc4(Xrc4.Strength.BITS_128), "fresh key".getBytes(), otherIv)));
    }

    @Test
    void decryptIsRobust() throws Exception {
        byte[] valid = encrypt(xrc4(Xrc4.Strength.BITS_128), "some SOL characters".getBytes(), IV);
        Xrc4 receiver = xrc4(Xrc4.Strength.BITS_128);
        Robustness.assertRobust("xRC4 decrypt", valid, in -> receiver.decrypt(in, ByteBuffer.allocate(in.remaining())));
    }
}
