package dev.ipmi.core.crypto;

import java.util.Arrays;
import java.util.Objects;

/**
 * The secrets of one RMCP+ session (IPMI v2.0 section 13.31-13.32): the Session Integrity Key
 * SIK, the additional keys K1 (integrity) and K2 (confidentiality), and Kuid, the user's
 * password zero-padded to 20 bytes, which the MD5-128 integrity algorithm keys with.
 *
 * <p>Usually built by {@link RakpMath#sessionKeys}. The arrays are copied in and out;
 * {@link #close()} overwrites them with zeros, after which the accessors throw
 * {@link IllegalStateException}. {@link #toString()} shows lengths, never key bytes.
 *
 * <pre>{@code
 * try (SessionKeys keys = RakpMath.sessionKeys(auth, null, kuid, rm, rc, role, user, provider)) {
 *     Integrity integrity = Integrity.create(suite.integrity(), keys, provider);
 *     ...
 * }
 * }</pre>
 */
public final class SessionKeys implements AutoCloseable {
    private final byte[] sik;
    private final byte[] k1;
    private final byte[] k2;
    private final byte[] kuid;
    private volatile boolean closed;

    /** Copies the keys; RAKP-none sessions pass empty arrays for SIK, K1 and K2. */
    public SessionKeys(byte[] sik, byte[] k1, byte[] k2, byte[] kuid) {
        this.sik = Objects.requireNonNull(sik, "SIK").clone();
        this.k1 = Objects.requireNonNull(k1, "K1").clone();
        this.k2 = Objects.requireNonNull(k2, "K2").clone();
        this.kuid = Objects.requireNonNull(kuid, "Kuid").clone();
    }

    /** A copy of the Session Integrity Key. */
    public byte[] sik() {
        return open(sik).clone();
    }

    /** A copy of K1, the integrity key of the HMAC integrity algorithms. */
    public byte[] k1() {
        return open(k1).clone();
    }

    /** A copy of K2, from which the confidentiality keys come. */
    public byte[] k2() {
        return open(k2).clone();
    }

    /** A copy of Kuid, the password zero-padded to 20 bytes. */
    public byte[] kuid() {
        return open(kuid).clone();
    }

    /** Whether {@link #close()} has wiped the keys. */
    public boolean isClosed() {
        return closed;
    }

    /** Overwrites every key with zeros; idempotent. */
    @Override
    public void close() {
        closed = true;
        Arrays.fill(sik, (byte) 0);
        Arrays.fill(k1, (byte) 0);
        Arrays.fill(k2, (byte) 0);
        Arrays.fill(kuid, (byte) 0);
    }

    private byte[] open(byte[] key) {
        if (closed) {
            throw new IllegalStateException("session keys already closed");
        }
        return key;
    }

    @Override
    public String toString() {
        return closed ? "SessionKeys[closed]"
                : "SessionKeys[SIK " + sik.length + " bytes, K1 " + k1.length + " bytes, K2 " + k2.length
                        + " bytes, Kuid " + kuid.length + " bytes]";
    }
}
