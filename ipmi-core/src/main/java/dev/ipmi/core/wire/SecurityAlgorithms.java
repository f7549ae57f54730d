package dev.ipmi.core.wire;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.crypto.AuthenticationAlgorithm;
import dev.ipmi.core.crypto.CipherSuite;
import dev.ipmi.core.crypto.ConfidentialityAlgorithm;
import dev.ipmi.core.crypto.IntegrityAlgorithm;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * The authentication, integrity and confidentiality payloads that end the RMCP+ Open Session
 * Request and Response (IPMI v2.0 sections 13.17 and 13.18, tables 13-9 and 13-10): three
 * 8-byte algorithm payloads, in this order.
 *
 * <pre>
 *  byte 0                      1..2      3              4                  5..7
 *  +-------------------------+---------+--------------+------------------+----------+
 *  | payload type            | reserved| payload      | algorithm        | reserved |
 *  | 00h auth / 01h integrity|         | length 08h   | (tables 13-17,   |          |
 *  | / 02h confidentiality   |         |              |  13-18, 13-19)   |          |
 *  +-------------------------+---------+--------------+------------------+----------+
 * </pre>
 *
 * The algorithm numbers are kept as sent, so a BMC's OEM or future algorithm still decodes and
 * can be reported; {@link #authentication()} and friends look up the ones this library knows.
 *
 * @param authenticationId  the authentication algorithm byte
 * @param integrityId       the integrity algorithm byte
 * @param confidentialityId the confidentiality algorithm byte
 */
public record SecurityAlgorithms(int authenticationId, int integrityId, int confidentialityId) {
    /** Encoded size of the three payloads. */
    public static final int LENGTH = 24;

    private static final String NAME = "RMCP+ algorithm payloads";

    public SecurityAlgorithms {
        if ((authenticationId | integrityId | confidentialityId) >>> 8 != 0) {
            throw new IllegalArgumentException("algorithm numbers are one byte");
        }
    }

    /** The algorithms of a cipher suite. */
    public static SecurityAlgorithms of(CipherSuite suite) {
        return new SecurityAlgorithms(suite.authentication().id(), suite.integrity().id(), suite.confidentiality().id());
    }

    /** Reads 24 bytes; each payload must have its type (00h, 01h, 02h in order) and length 08h. */
    public static SecurityAlgorithms decode(ByteBuffer in) throws MalformedPacketException {
        Wire.need(in, LENGTH, NAME);
        int[] ids = new int[3];
        for (int type = 0; type < 3; type++) {
            int p = in.position();
            int gotType = in.get(p) & 0xFF;
            int length = in.get(p + 3) & 0xFF;
            if (gotType != type || length != 8) {
                throw new MalformedPacketException(String.format("%s: payload %d has type %02Xh length %d, want %02Xh length 8",
                        NAME, type, gotType, length, type));
            }
            ids[type] = in.get(p + 4) & 0xFF;
            in.position(p + 8);
        }
        return new SecurityAlgorithms(ids[0], ids[1], ids[2]);
    }

    public void encode(ByteBuffer out) {
        encodePayload(out, 0, authenticationId);
        encodePayload(out, 1, integrityId);
        encodePayload(out, 2, confidentialityId);
    }

    private static void encodePayload(ByteBuffer out, int type, int id) {
        out.put((byte) type).put((byte) 0).put((byte) 0).put((byte) 8)
                .put((byte) id).put((byte) 0).put((byte) 0).put((byte) 0);
    }

    public int encodedLength() {
        return LENGTH;
    }

    /** The authentication algorithm, unless its number is OEM or unknown. */
    public Optional<AuthenticationAlgorithm> authentication() {
        return Optional.ofNullable(AuthenticationAlgorithm.fromId(authenticationId));
    }

    /** The integrity algorithm, unless its number is OEM or unknown. */
    public Optional<IntegrityAlgorithm> integrity() {
        return Optional.ofNullable(IntegrityAlgorithm.fromId(integrityId));
    }

    /** The confidentiality algorithm, unless its number is OEM or unknown. */
    public Optional<ConfidentialityAlgorithm> confidentiality() {
        return Optional.ofNullable(ConfidentialityAlgorithm.fromId(confidentialityId));
    }

    /** The standard cipher suite (0-19) made of these algorithms, if there is one. */
    public Optional<CipherSuite> standardSuite() {
        return authentication().flatMap(a -> integrity().flatMap(i -> confidentiality()
                .flatMap(c -> CipherSuite.standardFor(a, i, c))));
    }

    @Override
    public String toString() {
        return "SecurityAlgorithms[authentication=" + name(authentication(), authenticationId)
                + ", integrity=" + name(integrity(), integrityId)
                + ", confidentiality=" + name(confidentiality(), confidentialityId) + "]";
    }

    private static String name(Optional<? extends Enum<?>> known, int id) {
        return known.map(Enum::name).orElse(String.format("%02Xh", id));
    }
}
