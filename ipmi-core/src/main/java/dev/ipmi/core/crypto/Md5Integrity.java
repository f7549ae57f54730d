package dev.ipmi.core.crypto;

import java.nio.ByteBuffer;
import java.security.DigestException;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * MD5-128 (section 13.28.4): AuthCode = MD5(password | covered data | password), the RMCP+
 * counterpart of the IPMI 1.5 MD5 auth code without its session id and sequence fields.
 *
 * <p>The password is Kuid, the user's password zero-padded to 20 bytes, not the 16-byte IPMI 1.5
 * padding: IPMI 2.0 passwords are 20 bytes long (section 13.31), and both public
 * implementations agree (FreeIPMI pads to its 20-byte IPMI 2.0 password length; OpenIPMI's
 * ipmi_sim keys its MD5 auth code with 20 password bytes).
 */
final class Md5Integrity implements Integrity {
    private static final int LENGTH = 16;

    private final MessageDigest md5;
    private final byte[] password;
    private final byte[] expected = new byte[LENGTH];
    private final byte[] received = new byte[LENGTH];
    private final Feed feed;

    Md5Integrity(byte[] kuid, CryptoProvider provider) throws UnsupportedAlgorithmException {
        this.md5 = provider.digest("MD5");
        this.password = kuid;
        this.feed = new Feed(md5::update);
    }

    @Override
    public IntegrityAlgorithm algorithm() {
        return IntegrityAlgorithm.MD5_128;
    }

    @Override
    public int authCodeLength() {
        return LENGTH;
    }

    @Override
    public void sign(ByteBuffer covered, ByteBuffer out) {
        compute(covered);
        out.put(expected);
    }

    @Override
    public boolean verify(ByteBuffer covered, ByteBuffer authCode) {
        compute(covered);
        if (authCode.remaining() < LENGTH) {
            return false;
        }
        authCode.get(authCode.position(), received);
        return MessageDigest.isEqual(expected, received);
    }

    @Override
    public boolean verify(ByteBuffer buf, int from, int to, int codeAt) {
        md5.update(password);
        feed.range(buf, from, to);
        finish();
        if (buf.limit() - codeAt < LENGTH) {
            return false;
        }
        buf.get(codeAt, received);
        return MessageDigest.isEqual(expected, received);
    }

    private void compute(ByteBuffer covered) {
        md5.update(password);
        feed.all(covered);
        finish();
    }

    /** Appends the trailing password and leaves the AuthCode in {@link #expected}. */
    private void finish() {
        md5.update(password);
        try {
            md5.digest(expected, 0, LENGTH);
        } catch (DigestException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        Arrays.fill(password, (byte) 0);
    }

    @Override
    public String toString() {
        return "Integrity[MD5_128]";
    }
}
