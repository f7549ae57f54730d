package dev.ipmi.core.crypto;

import java.nio.ByteBuffer;

/**
 * A keyed RMCP+ integrity algorithm of one session (IPMI v2.0 section 13.28.4, table 13-18):
 * computes and checks the AuthCode of the IPMI 2.0 session trailer.
 *
 * <p>The covered data runs from the session header's auth type byte through the trailer's
 * Next Header byte, integrity pad included (section 13.28.4). Instances are created
 * once per session by {@link #create} and reused for every packet; they allocate nothing per
 * packet and are <b>not thread-safe</b>: use one per session, from one thread at a time (the
 * session's selector thread). {@link #close()} wipes any key copy the instance holds.
 *
 * <pre>{@code
 * Integrity integrity = Integrity.create(IntegrityAlgorithm.HMAC_SHA1_96, keys, CryptoProvider.defaultProvider());
 * integrity.sign(packet.duplicate().position(4).limit(trailerEnd), packet.position(trailerEnd));
 * boolean ok = integrity.verify(covered, authCode);
 * }</pre>
 */
public interface Integrity extends AutoCloseable {

    /** The algorithm this instance implements. */
    IntegrityAlgorithm algorithm();

    /** Bytes written by {@link #sign}: 0, 12 or 16. */
    int authCodeLength();

    /**
     * Computes the AuthCode over {@code covered} (position to limit, after which its position
     * equals its limit) and writes it at {@code out}'s position, advancing it by
     * {@link #authCodeLength()}.
     */
    void sign(ByteBuffer covered, ByteBuffer out);

    /**
     * Whether the {@link #authCodeLength()} bytes at {@code authCode}'s position are the AuthCode
     * of {@code covered}, compared in constant time. {@code covered}'s position moves to its limit;
     * {@code authCode} is not moved. False when {@code authCode} has too few bytes left.
     */
    boolean verify(ByteBuffer covered, ByteBuffer authCode);

    /**
     * {@link #verify(ByteBuffer, ByteBuffer)} on absolute indexes of one buffer, which is not
     * moved: whether the {@link #authCodeLength()} bytes at {@code codeAt} are the AuthCode of
     * bytes {@code from} (inclusive) to {@code to} (exclusive). Lets a codec check a received
     * datagram in place, without a buffer view per packet. False when fewer than
     * {@link #authCodeLength()} bytes lie between {@code codeAt} and the limit.
     */
    boolean verify(ByteBuffer buf, int from, int to, int codeAt);

    /** Wipes the key material this instance keeps in arrays; it must not be used afterwards. */
    @Override
    default void close() {}

    /**
     * The keyed instance for one session: HMAC algorithms key with K1, MD5-128 with Kuid.
     *
     * @throws UnsupportedAlgorithmException when no provider offers the hash
     */
    static Integrity create(IntegrityAlgorithm algorithm, SessionKeys keys, CryptoProvider provider)
            throws UnsupportedAlgorithmException {
        return switch (algorithm) {
            case NONE -> NoIntegrity.INSTANCE;
            case HMAC_SHA1_96 -> new HmacIntegrity(algorithm, "HmacSHA1", "SHA-1", keys.k1(), provider);
            case HMAC_MD5_128 -> new HmacIntegrity(algorithm, "HmacMD5", "MD5", keys.k1(), provider);
            case HMAC_SHA256_128 -> new HmacIntegrity(algorithm, "HmacSHA256", "SHA-256", keys.k1(), provider);
            case MD5_128 -> new Md5Integrity(keys.kuid(), provider);
        };
    }
}
