package dev.ipmi.core.crypto;

import dev.ipmi.core.MalformedPacketException;
import java.nio.ByteBuffer;
import java.security.SecureRandom;

/**
 * A keyed RMCP+ confidentiality algorithm of one session (IPMI v2.0 section 13.28.5, table
 * 13-19): turns an IPMI or SOL payload into the encrypted payload field of an IPMI 2.0 packet
 * (confidentiality header, encrypted data, confidentiality trailer) and back.
 *
 * <p>Created once per session by {@link #create} and reused for every packet; the cipher and
 * scratch arrays are kept in the instance. Instances are <b>not thread-safe</b> and, for xRC4,
 * stateful (a keystream per direction): use one per session from one thread at a time.
 * Decrypt only after the packet's integrity check passed (section 13.28.4 inbound order).
 * {@link #close()} wipes any key copy the instance holds.
 *
 * <pre>{@code
 * Confidentiality conf = Confidentiality.create(ConfidentialityAlgorithm.AES_CBC_128, keys, random, provider);
 * int length = conf.encryptedLength(payload.remaining());   // size the packet first
 * conf.encrypt(payload, packet);
 * int plain = conf.decrypt(encryptedField, out);
 * }</pre>
 */
public interface Confidentiality extends AutoCloseable {

    /** The algorithm this instance implements. */
    ConfidentialityAlgorithm algorithm();

    /** Exact size of the encrypted payload field the next {@link #encrypt} writes for this many bytes. */
    int encryptedLength(int plainLength);

    /**
     * Encrypts {@code plain} (position to limit, consumed) into {@code out} at its position,
     * writing exactly {@link #encryptedLength} bytes.
     */
    void encrypt(ByteBuffer plain, ByteBuffer out);

    /**
     * Decrypts the whole encrypted payload field ({@code encryptedField}, position to limit,
     * consumed) and writes the plaintext to {@code out}, which needs room for
     * {@code encryptedField.remaining()} bytes.
     *
     * @return the plaintext length written
     * @throws MalformedPacketException for a bad length, bad padding or unusable header
     */
    int decrypt(ByteBuffer encryptedField, ByteBuffer out) throws MalformedPacketException;

    /** Wipes the key material this instance keeps in arrays; it must not be used afterwards. */
    @Override
    default void close() {}

    /**
     * The keyed instance for one session.
     *
     * @param random the client's one {@link SecureRandom}: AES-CBC-128 draws its per-session IV
     *               counter from it, xRC4 each new keystream's IV
     * @throws UnsupportedAlgorithmException when no provider offers AES or ARCFOUR
     */
    static Confidentiality create(ConfidentialityAlgorithm algorithm, SessionKeys keys, SecureRandom random,
            CryptoProvider provider) throws UnsupportedAlgorithmException {
        return switch (algorithm) {
            case NONE -> NoConfidentiality.INSTANCE;
            case AES_CBC_128 -> new AesCbc128(keys.k2(), random, provider);
            case XRC4_128 -> new Xrc4(Xrc4.Strength.BITS_128, keys.k2(), random, provider);
            case XRC4_40 -> new Xrc4(Xrc4.Strength.BITS_40, keys.k2(), random, provider);
        };
    }
}
