package dev.ipmi.core.crypto;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * xRC4-128 and xRC4-40 confidentiality, IPMI v2.0 section 13.30: RC4 as a keystream that runs
 * across the packets of one direction, re-keyed from K2 and a random 16-byte initialization
 * vector, with a data offset that lets the receiver resynchronise after lost packets.
 *
 * <pre>
 *   encrypted payload field
 *   +----------------------+-------------------------------+---------------------+
 *   | data offset (4, LE)  | IV (16), only when offset = 0 | RC4 keystream XOR data |
 *   +----------------------+-------------------------------+---------------------+
 *
 *   RC4 key  = MD5(K2 | IV)            xRC4-128: all 16 bytes, xRC4-40: the first 5 bytes
 *   offset   = keystream bytes used in this direction since the IV before this packet
 * </pre>
 *
 * <p>What is implemented, since no reference peer (ipmitool, FreeIPMI, ipmi_sim) implements
 * xRC4 and the details above are our reading of section 13.30:
 * <ul>
 *   <li>Each direction has its own keystream; the sender keys its keystream with a fresh IV on
 *       its first packet and whenever the 32-bit offset would overflow, and sends offset 0
 *       followed by the IV; later packets continue the keystream and carry its offset.</li>
 *   <li>The receiver re-keys on every offset-0 packet; for a later offset it discards keystream
 *       up to it (packets were lost), at most {@value #MAX_RESYNC} bytes. An offset behind the
 *       keystream (reordered or replayed packet) or before any IV cannot be decrypted and is a
 *       {@link MalformedPacketException}.</li>
 * </ul>
 * Not thread-safe; one instance per session. Keeps a copy of K2 for re-keying, wiped by
 * {@link #close()}.
 */
final class Xrc4 implements Confidentiality {
    /** The largest forward jump of the data offset a receiver follows. */
    static final int MAX_RESYNC = 65_536;

    private static final int IV_LENGTH = 16;
    private static final long MAX_OFFSET = 0xFFFF_FFFFL;

    /** Key length of the two variants. */
    enum Strength {
        BITS_128(16, ConfidentialityAlgorithm.XRC4_128),
        BITS_40(5, ConfidentialityAlgorithm.XRC4_40);

        final int keyLength;
        final ConfidentialityAlgorithm algorithm;

        Strength(int keyLength, ConfidentialityAlgorithm algorithm) {
            this.keyLength = keyLength;
            this.algorithm = algorithm;
        }
    }

    private final Strength strength;
    private final byte[] k2;
    private final SecureRandom random;
    private final MessageDigest md5;
    private final Cipher outbound;
    private final Cipher inbound;
    private final byte[] iv = new byte[IV_LENGTH];
    private final byte[] key = new byte[16];
    private final byte[] in = new byte[256];
    private final byte[] out = new byte[256];
    private long outPosition;
    private boolean outKeyed;
    private long inPosition;
    private boolean inKeyed;

    Xrc4(Strength strength, byte[] k2, SecureRandom random, CryptoProvider provider)
            throws UnsupportedAlgorithmException {
        this.strength = strength;
        this.k2 = k2;
        this.random = Objects.requireNonNull(random, "random");
        this.md5 = provider.digest("MD5");
        this.outbound = provider.cipher("ARCFOUR");
        this.inbound = provider.cipher("ARCFOUR");
    }

    @Override
    public ConfidentialityAlgorithm algorithm() {
        return strength.algorithm;
    }

    @Override
    public int encryptedLength(int plainLength) {
        return 4 + (needsNewKey(plainLength) ? IV_LENGTH : 0) + plainLength;
    }

    private boolean needsNewKey(int plainLength) {
        return !outKeyed || outPosition + plainLength > MAX_OFFSET;
    }

    @Override
    public void encrypt(ByteBuffer plain, ByteBuffer target) {
        if (needsNewKey(plain.remaining())) {
            random.nextBytes(iv);
        }
        encrypt(plain, iv, target);
    }

    /** Encrypts with a caller-chosen IV, used only if this packet starts a new keystream; for tests. */
    void encrypt(ByteBuffer plain, byte[] nextIv, ByteBuffer target) {
        int n = plain.remaining();
        if (target.remaining() < encryptedLength(n)) {
            throw new BufferOverflowException();
        }
        if (needsNewKey(n)) {
            rekey(outbound, nextIv);
            outPosition = 0;
            outKeyed = true;
            Wire.putI32le(target, 0);
            target.put(nextIv);
        } else {
            Wire.putI32le(target, (int) outPosition);
        }
        crypt(outbound, plain, target);
        outPosition += n;
    }

    @Override
    public int decrypt(ByteBuffer field, ByteBuffer target) throws MalformedPacketException {
        Wire.need(field, 4, "xRC4 confidentiality header");
        long offset = Wire.i32le(field) & MAX_OFFSET;
        if (offset == 0) {
            Wire.need(field, IV_LENGTH, "xRC4 initialization vector");
            field.get(iv);
            rekey(inbound, iv);
            inPosition = 0;
            inKeyed = true;
        } else if (!inKeyed) {
            throw new MalformedPacketException("xRC4: data offset " + offset + " before any initialization vector");
        } else if (offset < inPosition) {
            throw new MalformedPacketException("xRC4: data offset " + offset + " is behind the keystream at "
                    + inPosition + " (reordered or replayed packet)");
        } else if (offset - inPosition > MAX_RESYNC) {
            throw new MalformedPacketException("xRC4: data offset " + offset + " skips more than " + MAX_RESYNC
                    + " keystream bytes");
        } else {
            skip(offset - inPosition);
            inPosition = offset;
        }
        int n = field.remaining();
        if (target.remaining() < n) {
            throw new BufferOverflowException();
        }
        crypt(inbound, field, target);
        inPosition += n;
        return n;
    }

    private void rekey(Cipher cipher, byte[] initializationVector) {
        md5.update(k2);
        md5.update(initializationVector);
        try {
            md5.digest(key, 0, key.length);
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, 0, strength.keyLength, "ARCFOUR"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("xRC4 re-key failed", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private void skip(long count) {
        Arrays.fill(in, (byte) 0);
        for (long left = count; left > 0; ) {
            int n = (int) Math.min(in.length, left);
            rc4(inbound, n);
            left -= n;
        }
    }

    private void crypt(Cipher cipher, ByteBuffer from, ByteBuffer to) {
        while (from.hasRemaining()) {
            int n = Math.min(in.length, from.remaining());
            from.get(in, 0, n);
            rc4(cipher, n);
            to.put(out, 0, n);
        }
    }

    private void rc4(Cipher cipher, int n) {
        try {
            cipher.update(in, 0, n, out, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RC4 failed", e);
        }
    }

    @Override
    public void close() {
        Arrays.fill(k2, (byte) 0);
    }

    @Override
    public String toString() {
        return "Confidentiality[" + strength.algorithm + "]";
    }
}
