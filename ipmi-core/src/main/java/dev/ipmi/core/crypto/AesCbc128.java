package dev.ipmi.core.crypto;

import dev.ipmi.core.MalformedPacketException;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-CBC-128 confidentiality, IPMI v2.0 section 13.29. The key is the first 16 bytes of K2;
 * every packet gets a fresh IV that an observer cannot predict.
 *
 * <pre>
 *   encrypted payload field
 *   +------------------+----------------------------------------------------+
 *   | IV (16 bytes)    | AES-CBC(key, IV, data | 01 02 .. N | N)            |
 *   +------------------+----------------------------------------------------+
 *                        N = pad length 0..15, chosen so that data + N + 1 is a multiple of 16
 * </pre>
 *
 * <p>CBC chaining is done here over an AES/ECB/NoPadding cipher initialised once per session:
 * re-initialising a CBC cipher with each packet's IV would allocate an IV spec and copy the
 * key on every packet. Decryption checks the length and every pad byte and throws
 * {@link MalformedPacketException} on a mismatch.
 *
 * <p><b>IVs.</b> CBC needs IVs that an attacker cannot predict before the packet is sent, not
 * merely unique ones: a predictable IV lets a chosen-plaintext attacker test guesses of earlier
 * plaintext blocks (the attack behind BEAST). Drawing each IV from the client's
 * {@link SecureRandom} met that but cost a global lock and an allocation per packet, so each
 * session instead draws a random 128-bit starting counter once, and packet <i>i</i>'s IV is
 * AES(key, counter + <i>i</i>) under the session's own AES key: NIST SP 800-38A appendix C's
 * first method (the forward cipher, under the encryption key, applied to a nonce). Without the
 * key the counter values stay hidden and their encryptions look like fresh random blocks, even
 * to someone who saw every earlier IV and chose every plaintext. Reusing the data key's cipher
 * costs no third key schedule per session. The counter wraps after 2^128 packets, which a
 * session never reaches.
 *
 * <p>Not thread-safe; one instance per session,
 * obtained from {@link Confidentiality#create} with {@link ConfidentialityAlgorithm#AES_CBC_128}.
 */
public final class AesCbc128 implements Confidentiality {
    private static final int BLOCK = 16;

    private final Cipher encryptor;
    private final Cipher decryptor;
    private final byte[] counter = new byte[BLOCK];
    private final byte[] iv = new byte[BLOCK];
    private final byte[] chain = new byte[BLOCK];
    private final byte[] block = new byte[BLOCK];
    private final byte[] cipherBlock = new byte[BLOCK];

    /**
     * @param k2     the session's K2 (at least 16 bytes); wiped by this constructor
     * @param random the client's one SecureRandom, for this session's IV counter
     */
    AesCbc128(byte[] k2, SecureRandom random, CryptoProvider provider) throws UnsupportedAlgorithmException {
        Objects.requireNonNull(random, "random");
        byte[] key = RakpMath.aesKey(k2);
        Arrays.fill(k2, (byte) 0);
        random.nextBytes(counter);
        try {
            SecretKeySpec spec = new SecretKeySpec(key, "AES");
            this.encryptor = provider.cipher("AES/ECB/NoPadding");
            this.decryptor = provider.cipher("AES/ECB/NoPadding");
            encryptor.init(Cipher.ENCRYPT_MODE, spec);
            decryptor.init(Cipher.DECRYPT_MODE, spec);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES refused a 128-bit key", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    @Override
    public ConfidentialityAlgorithm algorithm() {
        return ConfidentialityAlgorithm.AES_CBC_128;
    }

    /** Pad bytes for this much data: data + pad + 1 (the pad length byte) is a multiple of 16. */
    public static int padLength(int plainLength) {
        return (BLOCK - (plainLength + 1) % BLOCK) % BLOCK;
    }

    @Override
    public int encryptedLength(int plainLength) {
        return BLOCK + plainLength + padLength(plainLength) + 1;
    }

    @Override
    public void encrypt(ByteBuffer plain, ByteBuffer out) {
        aes(encryptor, counter, iv);
        increment(counter);
        encrypt(plain, iv, out);
    }

    /** Adds one to a big-endian counter, wrapping at 2^128. */
    private static void increment(byte[] value) {
        for (int i = value.length - 1; i >= 0; i--) {
            if (++value[i] != 0) {
                return;
            }
        }
    }

    /**
     * Encrypts with a caller-chosen IV: for known-answer tests and simulators replaying captures,
     * never for live traffic (a predictable IV weakens CBC).
     */
    public void encrypt(ByteBuffer plain, byte[] iv, ByteBuffer out) {
        if (iv.length != BLOCK) {
            throw new IllegalArgumentException("AES-CBC-128 IV must be 16 bytes");
        }
        int n = plain.remaining();
        int pad = padLength(n);
        int total = n + pad + 1;
        if (out.remaining() < BLOCK + total) {
            throw new BufferOverflowException();
        }
        out.put(iv);
        System.arraycopy(iv, 0, chain, 0, BLOCK);
        for (int done = 0; done < total; done += BLOCK) {
            for (int i = 0; i < BLOCK; i++) {
                int at = done + i;
                int p;
                if (at < n) {
                    p = plain.get();
                } else if (at < n + pad) {
                    p = at - n + 1;
                } else {
                    p = pad;
                }
                block[i] = (byte) (p ^ chain[i]);
            }
            aes(encryptor, block, chain);
            out.put(chain);
        }
    }

    @Override
    public int decrypt(ByteBuffer encryptedField, ByteBuffer out) throws MalformedPacketException {
        int length = encryptedField.remaining();
        if (length < 2 * BLOCK || length % BLOCK != 0) {
            throw new MalformedPacketException("AES-CBC-128: " + length
                    + " bytes is not a 16-byte IV plus whole 16-byte blocks");
        }
        int total = length - BLOCK;
        if (out.remaining() < total) {
            throw new BufferOverflowException();
        }
        int start = out.position();
        encryptedField.get(chain);
        for (int done = 0; done < total; done += BLOCK) {
            encryptedField.get(cipherBlock);
            aes(decryptor, cipherBlock, block);
            for (int i = 0; i < BLOCK; i++) {
                block[i] ^= chain[i];
            }
            out.put(block);
            System.arraycopy(cipherBlock, 0, chain, 0, BLOCK);
        }
        int pad = block[BLOCK - 1] & 0xFF;
        if (pad >= BLOCK) {
            throw new MalformedPacketException("AES-CBC-128: pad length " + pad + " exceeds 15");
        }
        int dataLength = total - 1 - pad;
        for (int k = 0; k < pad; k++) {
            if ((out.get(start + dataLength + k) & 0xFF) != k + 1) {
                throw new MalformedPacketException("AES-CBC-128: pad byte " + (k + 1) + " of " + pad + " is wrong");
            }
        }
        out.position(start + dataLength);
        return dataLength;
    }

    private static void aes(Cipher cipher, byte[] in, byte[] out) {
        try {
            cipher.update(in, 0, BLOCK, out, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES block operation failed", e);
        }
    }

    @Override
    public String toString() {
        return "Confidentiality[AES_CBC_128]";
    }
}
