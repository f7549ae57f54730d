package dev.ipmi.core.crypto;

import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.ShortBufferException;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA1-96, HMAC-MD5-128 and HMAC-SHA256-128 (section 13.28.4): HMAC keyed with K1 over the
 * covered data, truncated to the first 12, 16 and 16 bytes. One {@link Mac} per session; the
 * digest and comparison arrays are reused, so signing and verifying allocate nothing.
 */
final class HmacIntegrity implements Integrity {
    private final IntegrityAlgorithm algorithm;
    private final Mac mac;
    private final byte[] digest;
    private final byte[] expected;
    private final byte[] received;
    private final Feed feed;

    HmacIntegrity(IntegrityAlgorithm algorithm, String jcaName, byte[] k1, CryptoProvider provider)
            throws UnsupportedAlgorithmException {
        this.algorithm = algorithm;
        this.mac = provider.mac(jcaName);
        try {
            mac.init(new SecretKeySpec(k1, jcaName));
        } catch (InvalidKeyException | IllegalArgumentException e) {
            throw new IllegalStateException(jcaName + " refused K1 of " + k1.length + " bytes", e);
        } finally {
            Arrays.fill(k1, (byte) 0);
        }
        this.feed = new Feed(mac::update);
        this.digest = new byte[mac.getMacLength()];
        this.expected = new byte[algorithm.authCodeLength()];
        this.received = new byte[algorithm.authCodeLength()];
    }

    @Override
    public IntegrityAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public int authCodeLength() {
        return expected.length;
    }

    @Override
    public void sign(ByteBuffer covered, ByteBuffer out) {
        compute(covered);
        out.put(expected);
    }

    @Override
    public boolean verify(ByteBuffer covered, ByteBuffer authCode) {
        compute(covered);
        if (authCode.remaining() < received.length) {
            return false;
        }
        authCode.get(authCode.position(), received);
        return MessageDigest.isEqual(expected, received);
    }

    private void compute(ByteBuffer covered) {
        feed.all(covered);
        try {
            mac.doFinal(digest, 0);
        } catch (ShortBufferException e) {
            throw new IllegalStateException(e);
        }
        System.arraycopy(digest, 0, expected, 0, expected.length);
    }

    @Override
    public String toString() {
        return "Integrity[" + algorithm + "]";
    }
}
