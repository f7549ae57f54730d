package dev.ipmi.benchmarks.peer;

import dev.ipmi.benchmarks.Sessions;
import java.security.GeneralSecurityException;
import org.metricshub.ipmi.core.coding.security.CipherSuite;
import org.metricshub.ipmi.core.coding.security.SecurityConstants;

/**
 * The peer library's (MetricsHub ipmi-java 1.2.01, LGPL, benchmark-only dependency) cipher suites,
 * keyed from the same SIK as ours so both libraries exchange identical keys.
 */
public final class PeerSuites {
    private PeerSuites() {}

    /** The peer's suite {@code id} (0, 3 or 17) with its integrity and confidentiality algorithms keyed. */
    public static CipherSuite keyed(int id) throws GeneralSecurityException {
        CipherSuite suite = switch (id) {
            // The peer's constructor takes (id, authentication, confidentiality, integrity).
            case 0 -> new CipherSuite((byte) 0, SecurityConstants.AA_RAKP_NONE, SecurityConstants.CA_NONE,
                    SecurityConstants.IA_NONE);
            case 3 -> new CipherSuite((byte) 3, SecurityConstants.AA_RAKP_HMAC_SHA1, SecurityConstants.CA_AES_CBC128,
                    SecurityConstants.IA_HMAC_SHA1_96);
            case 17 -> new CipherSuite((byte) 17, SecurityConstants.AA_RAKP_HMAC_SHA256,
                    SecurityConstants.CA_AES_CBC128, SecurityConstants.IA_HMAC_SHA256_128);
            default -> throw new IllegalArgumentException("no peer mapping for suite " + id);
        };
        suite.initializeAlgorithms(Sessions.sik(Sessions.suite(id)));
        return suite;
    }
}
