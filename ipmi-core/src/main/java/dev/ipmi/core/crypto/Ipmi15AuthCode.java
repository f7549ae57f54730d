package dev.ipmi.core.crypto;

import dev.ipmi.core.wire.AuthType;
import java.nio.ByteBuffer;
import java.security.DigestException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

/**
 * The 16-byte AuthCode of the IPMI 1.5 session header (IPMI v2.0 section 13.6,
 * AuthCode algorithms; section 22.17, Activate Session), keyed with one user's password for one session.
 *
 * <pre>
 *   NONE      no AuthCode field at all
 *   PASSWORD  AuthCode = password16
 *   MD2, MD5  AuthCode = H(password16 | session id | IPMI message | session sequence | password16)
 *             password16 = the password zero-padded to 16 bytes; id and sequence 4 bytes LE,
 *             the values in this packet's session header; IPMI message = rsAddr .. checksum 2
 * </pre>
 *
 * <p>Activate Session: the request is authenticated with the <em>temporary</em> session id
 * returned by Get Session Challenge and session sequence 0, i.e. the values its session
 * header carries; the response and every later packet use the session id and sequence numbers
 * Activate Session assigned. {@link Ipmi15AuthPolicy} says which packets may go unauthenticated.
 *
 * <p>Created once per session and reused; the digest and arrays live in the instance, so
 * nothing is allocated per packet. Not thread-safe. {@link #close()} wipes the password.
 *
 * <pre>{@code
 * try (Ipmi15AuthCode auth = Ipmi15AuthCode.create(AuthType.MD5, password, CryptoProvider.defaultProvider())) {
 *     auth.compute(sessionId, sequence, message, header);   // writes 16 bytes
 * }
 * }</pre>
 */
public final class Ipmi15AuthCode implements AutoCloseable {
    /** Bytes of the AuthCode field for every type but NONE. */
    public static final int LENGTH = 16;
    /** The longest IPMI 1.5 password. */
    public static final int MAX_PASSWORD_LENGTH = 16;

    private final AuthType type;
    private final byte[] password;
    private final MessageDigest digest;
    private final Feed feed;
    private final byte[] counters = new byte[4];
    private final byte[] expected = new byte[LENGTH];
    private final byte[] received = new byte[LENGTH];
    private boolean closed;

    private Ipmi15AuthCode(AuthType type, byte[] password, MessageDigest digest) {
        this.type = type;
        this.password = password;
        this.digest = digest;
        this.feed = digest == null ? null : new Feed(digest::update);
    }

    /**
     * A keyed instance.
     *
     * @param type     NONE, PASSWORD, MD2 or MD5
     * @param password at most 16 bytes; copied
     * @throws UnsupportedAlgorithmException when no provider offers MD2 / MD5
     * @throws IllegalArgumentException for OEM, RMCP+ or a password over 16 bytes
     */
    public static Ipmi15AuthCode create(AuthType type, byte[] password, CryptoProvider provider)
            throws UnsupportedAlgorithmException {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(password, "password");
        if (password.length > MAX_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("IPMI 1.5 passwords are at most 16 bytes, got " + password.length);
        }
        MessageDigest digest = switch (type) {
            case NONE, PASSWORD -> null;
            case MD2 -> provider.digest("MD2");
            case MD5 -> provider.digest("MD5");
            case OEM, RMCP_PLUS -> throw new IllegalArgumentException("no IPMI 1.5 auth code for " + type);
        };
        return new Ipmi15AuthCode(type, Arrays.copyOf(password, MAX_PASSWORD_LENGTH), digest);
    }

    /** The auth type this instance computes. */
    public AuthType type() {
        return type;
    }

    /** 0 for NONE (the header has no AuthCode field), else 16. */
    public int authCodeLength() {
        return type == AuthType.NONE ? 0 : LENGTH;
    }

    /**
     * Writes the AuthCode of {@code message} (position to limit, consumed) at {@code out}'s
     * position.
     */
    public void compute(int sessionId, int sessionSequence, ByteBuffer message, ByteBuffer out) {
        boolean has = compute(sessionId, sessionSequence, message, message.position(), message.limit());
        message.position(message.limit());
        if (has) {
            out.put(expected);
        }
    }

    /**
     * Whether the 16 bytes at {@code authCode}'s position (not moved) are the AuthCode of
     * {@code message} (consumed), compared in constant time; always true for NONE.
     */
    public boolean verify(int sessionId, int sessionSequence, ByteBuffer message, ByteBuffer authCode) {
        boolean has = compute(sessionId, sessionSequence, message, message.position(), message.limit());
        message.position(message.limit());
        if (!has) {
            return true;
        }
        if (authCode.remaining() < LENGTH) {
            return false;
        }
        authCode.get(authCode.position(), received);
        return MessageDigest.isEqual(expected, received);
    }

    /**
     * {@link #verify(int, int, ByteBuffer, ByteBuffer)} on absolute indexes of one buffer, which is
     * not moved: the message is bytes {@code from} (inclusive) to {@code to} (exclusive), the
     * AuthCode the 16 bytes at {@code codeAt}. Lets a codec check a received datagram in place,
     * without a buffer view per packet.
     */
    public boolean verify(int sessionId, int sessionSequence, ByteBuffer buf, int from, int to, int codeAt) {
        if (!compute(sessionId, sessionSequence, buf, from, to)) {
            return true;
        }
        if (buf.limit() - codeAt < LENGTH) {
            return false;
        }
        buf.get(codeAt, received);
        return MessageDigest.isEqual(expected, received);
    }

    /** Fills {@link #expected} from message bytes from..to of {@code buf} (not moved); false for NONE. */
    private boolean compute(int sessionId, int sessionSequence, ByteBuffer buf, int from, int to) {
        checkOpen();
        switch (type) {
            case NONE -> {
                return false;
            }
            case PASSWORD -> {
                System.arraycopy(password, 0, expected, 0, LENGTH);
                return true;
            }
            default -> {
                digest.update(password);
                digest.update(le(sessionId));
                feed.range(buf, from, to);
                digest.update(le(sessionSequence));
                digest.update(password);
                try {
                    digest.digest(expected, 0, LENGTH);
                } catch (DigestException e) {
                    throw new IllegalStateException(e);
                }
                return true;
            }
        }
    }

    private byte[] le(int value) {
        counters[0] = (byte) value;
        counters[1] = (byte) (value >>> 8);
        counters[2] = (byte) (value >>> 16);
        counters[3] = (byte) (value >>> 24);
        return counters;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("auth code already closed");
        }
    }

    /** Wipes the password; later computations throw {@link IllegalStateException}. */
    @Override
    public void close() {
        closed = true;
        Arrays.fill(password, (byte) 0);
        Arrays.fill(expected, (byte) 0);
    }

    @Override
    public String toString() {
        return "Ipmi15AuthCode[" + type + (closed ? ", closed]" : "]");
    }
}
