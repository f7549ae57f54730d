package dev.ipmi.core.crypto;

import java.nio.ByteBuffer;
import java.security.DigestException;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * HMAC-SHA1-96, HMAC-MD5-128 and HMAC-SHA256-128 (section 13.28.4): HMAC keyed with K1 over the
 * covered data, truncated to the first 12, 16 and 16 bytes.
 *
 * <p>HMAC is computed here per RFC 2104 on one {@link MessageDigest} with the padded key blocks
 * ({@code K xor ipad}, {@code K xor opad}) prepared once per session, rather than with
 * {@link javax.crypto.Mac}: the JDK's {@code Mac.doFinal(byte[], int)} allocates the whole MAC
 * inside the provider on every call, while {@link MessageDigest#digest(byte[], int, int)} writes
 * into a caller's array. The output is the same HMAC, byte for byte (the known-answer tests
 * check both directions). Signing and verifying allocate nothing. {@link #close()} wipes the
 * key blocks.
 *
 * <p>The provider must still offer the HMAC itself: a {@link CryptoProvider} is the caller's
 * choice of which algorithms a session may use (a restricted provider without, say, HmacMD5 must
 * fail session setup with {@link UnsupportedAlgorithmException}, as RAKP would), so the
 * constructor looks the {@code Mac} up once and only computes with the digest.
 */
final class HmacIntegrity implements Integrity {
    /** Input block size of MD5, SHA-1 and SHA-256 (RFC 2104 "B"). */
    private static final int BLOCK = 64;

    private final IntegrityAlgorithm algorithm;
    private final MessageDigest hash;
    private final byte[] innerPad = new byte[BLOCK];
    private final byte[] outerPad = new byte[BLOCK];
    private final byte[] digest;
    private final byte[] received;
    private final Feed feed;

    /**
     * @param macName  the JCA MAC the provider must offer, e.g. {@code "HmacSHA1"}
     * @param hashName its digest, e.g. {@code "SHA-1"}
     * @param k1       the key; wiped by this constructor
     */
    HmacIntegrity(IntegrityAlgorithm algorithm, String macName, String hashName, byte[] k1, CryptoProvider provider)
            throws UnsupportedAlgorithmException {
        this.algorithm = algorithm;
        try {
            provider.mac(macName);
            this.hash = provider.digest(hashName);
        } catch (UnsupportedAlgorithmException e) {
            Arrays.fill(k1, (byte) 0);
            throw e;
        }
        try {
            // RFC 2104 section 2: a key longer than B is first hashed. K1 (20 or 32 bytes) never is,
            // but the construction stays HMAC for any key.
            byte[] key = k1.length > BLOCK ? hash.digest(k1) : k1.clone();
            for (int i = 0; i < BLOCK; i++) {
                byte k = i < key.length ? key[i] : 0;
                innerPad[i] = (byte) (k ^ 0x36);
                outerPad[i] = (byte) (k ^ 0x5C);
            }
            Arrays.fill(key, (byte) 0);
        } finally {
            Arrays.fill(k1, (byte) 0);
        }
        this.feed = new Feed(hash::update);
        this.digest = new byte[hash.getDigestLength()];
        this.received = new byte[algorithm.authCodeLength()];
    }

    @Override
    public IntegrityAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public int authCodeLength() {
        return received.length;
    }

    @Override
    public void sign(ByteBuffer covered, ByteBuffer out) {
        hash.update(innerPad);
        feed.all(covered);
        finish();
        out.put(digest, 0, received.length);
    }

    @Override
    public boolean verify(ByteBuffer covered, ByteBuffer authCode) {
        hash.update(innerPad);
        feed.all(covered);
        finish();
        if (authCode.remaining() < received.length) {
            return false;
        }
        authCode.get(authCode.position(), received);
        return matches();
    }

    @Override
    public boolean verify(ByteBuffer buf, int from, int to, int codeAt) {
        hash.update(innerPad);
        feed.range(buf, from, to);
        finish();
        if (buf.limit() - codeAt < received.length) {
            return false;
        }
        buf.get(codeAt, received);
        return matches();
    }

    /** Completes the inner hash (already fed ipad and the data) and leaves the HMAC in {@link #digest}. */
    private void finish() {
        try {
            hash.digest(digest, 0, digest.length);
            hash.update(outerPad);
            hash.update(digest);
            hash.digest(digest, 0, digest.length);
        } catch (DigestException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison of the truncated HMAC with {@link #received}. */
    private boolean matches() {
        int diff = 0;
        for (int i = 0; i < received.length; i++) {
            diff |= digest[i] ^ received[i];
        }
        return diff == 0;
    }

    @Override
    public void close() {
        Arrays.fill(innerPad, (byte) 0);
        Arrays.fill(outerPad, (byte) 0);
        Arrays.fill(digest, (byte) 0);
    }

    @Override
    public String toString() {
        return "Integrity[" + algorithm + "]";
    }
}
