package dev.ipmi.core.crypto;

import static dev.ipmi.core.crypto.AuthenticationAlgorithm.RAKP_HMAC_MD5;
import static dev.ipmi.core.crypto.AuthenticationAlgorithm.RAKP_HMAC_SHA1;
import static dev.ipmi.core.crypto.AuthenticationAlgorithm.RAKP_HMAC_SHA256;
import static dev.ipmi.core.crypto.AuthenticationAlgorithm.RAKP_NONE;
import static dev.ipmi.core.crypto.ConfidentialityAlgorithm.AES_CBC_128;
import static dev.ipmi.core.crypto.ConfidentialityAlgorithm.XRC4_128;
import static dev.ipmi.core.crypto.ConfidentialityAlgorithm.XRC4_40;
import static dev.ipmi.core.crypto.IntegrityAlgorithm.HMAC_MD5_128;
import static dev.ipmi.core.crypto.IntegrityAlgorithm.HMAC_SHA1_96;
import static dev.ipmi.core.crypto.IntegrityAlgorithm.HMAC_SHA256_128;
import static dev.ipmi.core.crypto.IntegrityAlgorithm.MD5_128;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An RMCP+ cipher suite: one authentication, one integrity and one confidentiality algorithm
 * (IPMI v2.0 section 22.15.2, table 22-20). The standard suites 0-19 are constants; a BMC may
 * also offer OEM combinations, which are represented with {@code id} = -1 unless the BMC named
 * them.
 *
 * @param id              the standard suite number, or the BMC's id for it
 * @param authentication  the RAKP algorithm
 * @param integrity       the per-packet integrity algorithm
 * @param confidentiality the per-packet encryption algorithm
 */
public record CipherSuite(int id, AuthenticationAlgorithm authentication, IntegrityAlgorithm integrity,
        ConfidentialityAlgorithm confidentiality) {

    public static final CipherSuite SUITE_0 = new CipherSuite(0, RAKP_NONE, IntegrityAlgorithm.NONE, ConfidentialityAlgorithm.NONE);
    public static final CipherSuite SUITE_1 = new CipherSuite(1, RAKP_HMAC_SHA1, IntegrityAlgorithm.NONE, ConfidentialityAlgorithm.NONE);
    public static final CipherSuite SUITE_2 = new CipherSuite(2, RAKP_HMAC_SHA1, HMAC_SHA1_96, ConfidentialityAlgorithm.NONE);
    public static final CipherSuite SUITE_3 = new CipherSuite(3, RAKP_HMAC_SHA1, HMAC_SHA1_96, AES_CBC_128);
    public static final CipherSuite SUITE_4 = new CipherSuite(4, RAKP_HMAC_SHA1, HMAC_SHA1_96, XRC4_128);
    public static final CipherSuite SUITE_5 = new CipherSuite(5, RAKP_HMAC_SHA1, HMAC_SHA1_96, XRC4_40);
    public static final CipherSuite SUITE_6 = new CipherSuite(6, RAKP_HMAC_MD5, IntegrityAlgorithm.NONE, ConfidentialityAlgorithm.NONE);
    public static final CipherSuite SUITE_7 = new CipherSuite(7, RAKP_HMAC_MD5, HMAC_MD5_128, ConfidentialityAlgorithm.NONE);
    public static final CipherSuite SUITE_8 = new CipherSuite(8, RAKP_HMAC_MD5, HMAC_MD5_128, AES_CBC_128);
    public static final CipherSuite SUITE_9 = new CipherSuite(9, RAKP_HMAC_MD5, HMAC_MD5_128, XRC4_128);
    public static final CipherSuite SUITE_10 = new CipherSuite(10, RAKP_HMAC_MD5, HMAC_MD5_128, XRC4_40);
    public static final CipherSuite SUITE_11 = new CipherSuite(11, RAKP_HMAC_MD5, MD5_128, ConfidentialityAlgorithm.NONE);
    public static final CipherSuite SUITE_12 = new CipherSuite(12, RAKP_HMAC_MD5, MD5_128, AES_CBC_128);
    public static final CipherSuite SUITE_13 = new CipherSuite(13, RAKP_HMAC_MD5, MD5_128, XRC4_128);
    public static final CipherSuite SUITE_14 = new CipherSuite(14, RAKP_HMAC_MD5, MD5_128, XRC4_40);
    public static final CipherSuite SUITE_15 = new CipherSuite(15, RAKP_HMAC_SHA256, IntegrityAlgorithm.NONE, ConfidentialityAlgorithm.NONE);
    public static final CipherSuite SUITE_16 = new CipherSuite(16, RAKP_HMAC_SHA256, HMAC_SHA256_128, ConfidentialityAlgorithm.NONE);
    public static final CipherSuite SUITE_17 = new CipherSuite(17, RAKP_HMAC_SHA256, HMAC_SHA256_128, AES_CBC_128);
    public static final CipherSuite SUITE_18 = new CipherSuite(18, RAKP_HMAC_SHA256, HMAC_SHA256_128, XRC4_128);
    public static final CipherSuite SUITE_19 = new CipherSuite(19, RAKP_HMAC_SHA256, HMAC_SHA256_128, XRC4_40);

    private static final List<CipherSuite> STANDARD = List.of(SUITE_0, SUITE_1, SUITE_2, SUITE_3, SUITE_4,
            SUITE_5, SUITE_6, SUITE_7, SUITE_8, SUITE_9, SUITE_10, SUITE_11, SUITE_12, SUITE_13, SUITE_14,
            SUITE_15, SUITE_16, SUITE_17, SUITE_18, SUITE_19);

    public CipherSuite {
        Objects.requireNonNull(authentication, "authentication");
        Objects.requireNonNull(integrity, "integrity");
        Objects.requireNonNull(confidentiality, "confidentiality");
    }

    /** The standard suites 0-19 in id order. */
    public static List<CipherSuite> standard() {
        return STANDARD;
    }

    /** The standard suite with this id, if it is one of 0-19. */
    public static Optional<CipherSuite> byId(int id) {
        return id >= 0 && id < STANDARD.size() ? Optional.of(STANDARD.get(id)) : Optional.empty();
    }

    /** The standard suite with these algorithms, if any. */
    public static Optional<CipherSuite> standardFor(AuthenticationAlgorithm a, IntegrityAlgorithm i,
            ConfidentialityAlgorithm c) {
        return STANDARD.stream()
                .filter(s -> s.authentication == a && s.integrity == i && s.confidentiality == c)
                .findFirst();
    }

    @Override
    public String toString() {
        return "CipherSuite " + id + " (" + authentication + ", " + integrity + ", " + confidentiality + ")";
    }
}
