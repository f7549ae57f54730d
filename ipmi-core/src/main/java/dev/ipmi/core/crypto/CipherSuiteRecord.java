package dev.ipmi.core.crypto;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One cipher suite record of the Get Channel Cipher Suites record data (IPMI v2.0 section
 * 22.15.2): a cipher suite a BMC offers, standard or OEM.
 *
 * <pre>
 *   standard:  C0h | suite id | tags...
 *   OEM:       C1h | suite id | OEM IANA (3 bytes, LS first) | tags...
 *   tag byte:  bits 7:6 = 00b authentication, 01b integrity, 10b confidentiality; bits 5:0 = algorithm
 * </pre>
 *
 * <p>Algorithm numbers are kept as received (6-bit values; 30h-3Fh are OEM algorithms), since
 * a BMC may offer algorithms this library does not know; {@link #cipherSuite()} maps the
 * record onto a {@link CipherSuite} when it names one known algorithm of each kind.
 *
 * @param id                   the suite id the BMC gave (0-255)
 * @param oemIana              the OEM's IANA enterprise number for C1h records
 * @param authenticationIds    authentication algorithm numbers (at least one)
 * @param integrityIds         integrity algorithm numbers
 * @param confidentialityIds   confidentiality algorithm numbers
 */
public record CipherSuiteRecord(int id, OptionalInt oemIana, List<Integer> authenticationIds,
        List<Integer> integrityIds, List<Integer> confidentialityIds) {

    static final int STANDARD = 0xC0;
    static final int OEM = 0xC1;
    private static final int AUTH_TAG = 0x00;
    private static final int INTEGRITY_TAG = 0x40;
    private static final int CONFIDENTIALITY_TAG = 0x80;

    public CipherSuiteRecord {
        Objects.requireNonNull(oemIana, "oemIana");
        authenticationIds = List.copyOf(authenticationIds);
        integrityIds = List.copyOf(integrityIds);
        confidentialityIds = List.copyOf(confidentialityIds);
        if (id < 0 || id > 0xFF) {
            throw new IllegalArgumentException("suite id out of range: " + id);
        }
        if (oemIana.isPresent() && (oemIana.getAsInt() < 0 || oemIana.getAsInt() > 0xFFFFFF)) {
            throw new IllegalArgumentException("IANA number out of range: " + oemIana.getAsInt());
        }
        if (authenticationIds.isEmpty()) {
            throw new IllegalArgumentException("a cipher suite record names an authentication algorithm");
        }
        for (List<Integer> ids : List.of(authenticationIds, integrityIds, confidentialityIds)) {
            for (int a : ids) {
                if (a < 0 || a > 0x3F) {
                    throw new IllegalArgumentException("algorithm numbers are 6 bits: " + a);
                }
            }
        }
    }

    /** The standard record for a known suite, as a BMC lists it. */
    public static CipherSuiteRecord of(CipherSuite suite) {
        return new CipherSuiteRecord(suite.id(), OptionalInt.empty(), List.of(suite.authentication().id()),
                List.of(suite.integrity().id()), List.of(suite.confidentiality().id()));
    }

    /**
     * The suite when this is a standard (C0h) record naming exactly one known algorithm of each
     * kind, with the BMC's id; empty for OEM records, OEM algorithms or alternatives.
     */
    public Optional<CipherSuite> cipherSuite() {
        if (oemIana.isPresent() || authenticationIds.size() != 1 || integrityIds.size() != 1
                || confidentialityIds.size() != 1) {
            return Optional.empty();
        }
        AuthenticationAlgorithm a = AuthenticationAlgorithm.fromId(authenticationIds.get(0));
        IntegrityAlgorithm i = IntegrityAlgorithm.fromId(integrityIds.get(0));
        ConfidentialityAlgorithm c = ConfidentialityAlgorithm.fromId(confidentialityIds.get(0));
        if (a == null || i == null || c == null) {
            return Optional.empty();
        }
        return Optional.of(CipherSuite.byId(id).filter(s -> s.authentication() == a && s.integrity() == i
                && s.confidentiality() == c).orElseGet(() -> new CipherSuite(id, a, i, c)));
    }

    /**
     * Decodes one record starting at a start-of-record byte; stops before the next record.
     *
     * @throws MalformedPacketException for a missing start byte, truncation, an unknown tag or
     *     a record without an authentication algorithm
     */
    public static CipherSuiteRecord decode(ByteBuffer in) throws MalformedPacketException {
        Wire.need(in, 2, "Cipher suite record");
        int start = Wire.u8(in);
        if (start != STANDARD && start != OEM) {
            throw new MalformedPacketException(String.format(
                    "Cipher suite record: want start of record C0h or C1h, got %02Xh", start));
        }
        int id = Wire.u8(in);
        OptionalInt iana = OptionalInt.empty();
        if (start == OEM) {
            Wire.need(in, 3, "OEM cipher suite record");
            iana = OptionalInt.of(Wire.u16le(in) | Wire.u8(in) << 16);
        }
        List<Integer> auth = new ArrayList<>(1);
        List<Integer> integrity = new ArrayList<>(1);
        List<Integer> confidentiality = new ArrayList<>(1);
        while (in.hasRemaining()) {
            int tag = in.get(in.position()) & 0xFF;
            if (tag == STANDARD || tag == OEM) {
                break;
            }
            in.get();
            switch (tag & 0xC0) {
                case AUTH_TAG -> auth.add(tag & 0x3F);
                case INTEGRITY_TAG -> integrity.add(tag & 0x3F);
                case CONFIDENTIALITY_TAG -> confidentiality.add(tag & 0x3F);
                default -> throw new MalformedPacketException(String.format(
                        "Cipher suite record %d: reserved tag byte %02Xh", id, tag));
            }
        }
        if (auth.isEmpty()) {
            throw new MalformedPacketException("Cipher suite record " + id + ": no authentication algorithm");
        }
        return new CipherSuiteRecord(id, iana, auth, integrity, confidentiality);
    }

    /** Writes the record: start byte, id, IANA for OEM records, then auth, integrity, confidentiality tags. */
    public void encode(ByteBuffer out) {
        out.put((byte) (oemIana.isPresent() ? OEM : STANDARD)).put((byte) id);
        if (oemIana.isPresent()) {
            int iana = oemIana.getAsInt();
            Wire.putU16le(out, iana);
            out.put((byte) (iana >>> 16));
        }
        authenticationIds.forEach(a -> out.put((byte) (AUTH_TAG | a)));
        integrityIds.forEach(a -> out.put((byte) (INTEGRITY_TAG | a)));
        confidentialityIds.forEach(a -> out.put((byte) (CONFIDENTIALITY_TAG | a)));
    }

    /** Exact size of {@link #encode}'s output. */
    public int encodedLength() {
        return 2 + (oemIana.isPresent() ? 3 : 0) + authenticationIds.size() + integrityIds.size()
                + confidentialityIds.size();
    }
}
