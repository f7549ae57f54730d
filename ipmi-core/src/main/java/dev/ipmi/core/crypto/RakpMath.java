package dev.ipmi.core.crypto;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The RAKP key exchange arithmetic of IPMI v2.0 sections 13.31 (RMCP+ session key generation)
 * and 13.32 (RAKP messages), as pure functions. Parameters carry the spec's symbols:
 * R_M / R_C the console's and BMC's random numbers, SID_M / SID_C the console's and BMC's session
 * ids, GUID_C the BMC's GUID, ROLE_M the RAKP 1 role byte, UNAME_M the user name (its length is
 * ULENGTH_M).
 *
 * <pre>
 *   Kuid      = password, zero-padded to 20 bytes
 *   SIK       = HMAC_Kg (R_M | R_C | ROLE_M | ULENGTH_M | UNAME_M)     Kg = Kuid without a BMC key
 *   K1        = HMAC_SIK(20 x 01h)           K2 = HMAC_SIK(20 x 02h)
 *   RAKP 2    = HMAC_Kuid(SID_M | SID_C | R_M | R_C | GUID_C | ROLE_M | ULENGTH_M | UNAME_M)
 *   RAKP 3    = HMAC_Kuid(R_C | SID_M | ROLE_M | ULENGTH_M | UNAME_M)
 *   RAKP 4    = HMAC_SIK (R_M | SID_C | GUID_C), truncated to 12 (SHA1) / 16 (MD5, SHA256) bytes
 * </pre>
 *
 * <p>Session ids are written little-endian like on the wire. The K1/K2 constants are 20 bytes
 * for every algorithm: section 13.32 defines them as 20 bytes of 01h / 02h, and ipmitool and
 * FreeIPMI keep 20 bytes with RAKP-HMAC-SHA256 and RAKP-HMAC-MD5 (ipmi_sim alone uses 16 for MD5). RAKP-none
 * yields empty codes and keys. Each call creates its own {@link Mac}: RAKP runs once per
 * session, so nothing here is on the per-packet path.
 */
public final class RakpMath {
    /** The longest password (and BMC key Kg) IPMI 2.0 allows. */
    public static final int MAX_PASSWORD_LENGTH = 20;
    /** Bytes of the AES-CBC-128 key taken from K2 (section 13.29). */
    public static final int AES_KEY_LENGTH = 16;

    private static final byte[] CONST_1 = filled(0x01);
    private static final byte[] CONST_2 = filled(0x02);

    private RakpMath() {}

    /** Kuid: the password zero-padded to 20 bytes; longer passwords are rejected. */
    public static byte[] kuid(byte[] password) {
        Objects.requireNonNull(password, "password");
        if (password.length > MAX_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("IPMI 2.0 passwords are at most 20 bytes, got " + password.length);
        }
        return Arrays.copyOf(password, MAX_PASSWORD_LENGTH);
    }

    /** SIK = HMAC_Kg(R_M | R_C | ROLE_M | ULENGTH_M | UNAME_M), with Kg = Kuid when {@code Kg} is null. */
    public static byte[] sik(AuthenticationAlgorithm auth, byte[] Kg, byte[] Kuid, byte[] R_M, byte[] R_C,
            RakpRole ROLE_M, byte[] UNAME_M, CryptoProvider provider) throws UnsupportedAlgorithmException {
        byte[] key = Kg != null ? Kg : Kuid;
        return hmac(auth, key, provider, R_M, R_C, role(ROLE_M, UNAME_M));
    }

    /** K1 = HMAC_SIK(20 x 01h), the key of the HMAC integrity algorithms. */
    public static byte[] k1(AuthenticationAlgorithm auth, byte[] SIK, CryptoProvider provider)
            throws UnsupportedAlgorithmException {
        return hmac(auth, SIK, provider, CONST_1);
    }

    /** K2 = HMAC_SIK(20 x 02h), the source of the confidentiality keys. */
    public static byte[] k2(AuthenticationAlgorithm auth, byte[] SIK, CryptoProvider provider)
            throws UnsupportedAlgorithmException {
        return hmac(auth, SIK, provider, CONST_2);
    }

    /** The AES-CBC-128 key: the first 16 bytes of K2 (section 13.29). */
    public static byte[] aesKey(byte[] K2) {
        if (K2.length < AES_KEY_LENGTH) {
            throw new IllegalArgumentException("K2 shorter than an AES-128 key");
        }
        return Arrays.copyOf(K2, AES_KEY_LENGTH);
    }

    /** Derives SIK, K1 and K2 and bundles them with Kuid. */
    public static SessionKeys sessionKeys(AuthenticationAlgorithm auth, byte[] Kg, byte[] Kuid, byte[] R_M,
            byte[] R_C, RakpRole ROLE_M, byte[] UNAME_M, CryptoProvider provider) throws UnsupportedAlgorithmException {
        byte[] sik = sik(auth, Kg, Kuid, R_M, R_C, ROLE_M, UNAME_M, provider);
        byte[] k1 = k1(auth, sik, provider);
        byte[] k2 = k2(auth, sik, provider);
        try {
            return new SessionKeys(sik, k1, k2, Kuid);
        } finally {
            Arrays.fill(sik, (byte) 0);
            Arrays.fill(k1, (byte) 0);
            Arrays.fill(k2, (byte) 0);
        }
    }

    /** The Key Exchange Authentication Code the BMC sends in RAKP message 2. */
    public static byte[] rakp2AuthCode(AuthenticationAlgorithm auth, byte[] Kuid, int SID_M, int SID_C,
            byte[] R_M, byte[] R_C, byte[] GUID_C, RakpRole ROLE_M, byte[] UNAME_M, CryptoProvider provider)
            throws UnsupportedAlgorithmException {
        return hmac(auth, Kuid, provider, le(SID_M), le(SID_C), R_M, R_C, GUID_C, role(ROLE_M, UNAME_M));
    }

    /** The Key Exchange Authentication Code the console sends in RAKP message 3. */
    public static byte[] rakp3AuthCode(AuthenticationAlgorithm auth, byte[] Kuid, byte[] R_C, int SID_M,
            RakpRole ROLE_M, byte[] UNAME_M, CryptoProvider provider) throws UnsupportedAlgorithmException {
        return hmac(auth, Kuid, provider, R_C, le(SID_M), role(ROLE_M, UNAME_M));
    }

    /** The Integrity Check Value the BMC sends in RAKP message 4, already truncated. */
    public static byte[] rakp4Icv(AuthenticationAlgorithm auth, byte[] SIK, byte[] R_M, int SID_C, byte[] GUID_C,
            CryptoProvider provider) throws UnsupportedAlgorithmException {
        byte[] full = hmac(auth, SIK, provider, R_M, le(SID_C), GUID_C);
        return Arrays.copyOf(full, auth.integrityCheckValueLength());
    }

    /** Constant-time comparison (lengths are not secret); {@code null} equals nothing. */
    public static boolean constantTimeEquals(byte[] a, byte[] b) {
        return a != null && b != null && MessageDigest.isEqual(a, b);
    }

    /**
     * Constant-time comparison of {@code expected} with the next {@code expected.length} bytes of
     * {@code received}, without moving its position; false when fewer bytes remain.
     */
    public static boolean constantTimeEquals(byte[] expected, ByteBuffer received) {
        if (received.remaining() < expected.length) {
            return false;
        }
        int diff = 0;
        int at = received.position();
        for (int i = 0; i < expected.length; i++) {
            diff |= expected[i] ^ received.get(at + i);
        }
        return diff == 0;
    }

    private static byte[] role(RakpRole ROLE_M, byte[] UNAME_M) {
        if (UNAME_M.length > 16) {
            throw new IllegalArgumentException("IPMI user names are at most 16 bytes, got " + UNAME_M.length);
        }
        byte[] b = new byte[2 + UNAME_M.length];
        b[0] = (byte) ROLE_M.code();
        b[1] = (byte) UNAME_M.length;
        System.arraycopy(UNAME_M, 0, b, 2, UNAME_M.length);
        return b;
    }

    private static byte[] le(int sessionId) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(sessionId).array();
    }

    private static byte[] hmac(AuthenticationAlgorithm auth, byte[] key, CryptoProvider provider, byte[]... parts)
            throws UnsupportedAlgorithmException {
        if (auth.jcaMac() == null) {
            return new byte[0];
        }
        Mac mac = provider.mac(auth.jcaMac());
        try {
            mac.init(new SecretKeySpec(key, auth.jcaMac()));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(auth.jcaMac() + " refused a " + key.length + "-byte key", e);
        }
        for (byte[] p : parts) {
            mac.update(p);
        }
        return mac.doFinal();
    }

    private static byte[] filled(int value) {
        byte[] b = new byte[20];
        Arrays.fill(b, (byte) value);
        return b;
    }
}
