package dev.ipmi.lan;

import dev.ipmi.core.crypto.AuthenticationAlgorithm;
import dev.ipmi.core.crypto.CipherSuite;
import java.util.List;

/**
 * Which RMCP+ cipher suite a session uses.
 *
 * <ul>
 *   <li>{@link #automatic()} (the default): read the suites the BMC offers (Get Channel Cipher
 *       Suites, with a short timeout because many BMCs never answer it outside a session),
 *       try them strongest first ({@link #STRENGTH_ORDER}) through RAKP 4 until one works,
 *       and remember the working one per BMC for the client's lifetime. When the BMC does not
 *       list its suites, the order itself is tried.</li>
 *   <li>{@link #explicit(int)}: exactly that suite.</li>
 * </ul>
 *
 * Suite 0 and any suite with RAKP-none authentication (no password check at all) are refused
 * unless {@link #allowingUnauthenticated()} is used.
 *
 * @param explicitSuite      the suite id to use, or -1 for automatic
 * @param allowUnauthenticated whether RAKP-none suites may be used
 */
public record CipherSuitePolicy(int explicitSuite, boolean allowUnauthenticated) {

    /**
     * Strongest first: SHA-256 with AES, then SHA-1 with AES, then integrity-only and
     * MD5 suites, xRC4 (weak keystream reuse rules) after them, suite 0 last (and only when allowed).
     */
    public static final List<Integer> STRENGTH_ORDER = List.of(17, 3, 16, 15, 8, 12, 2, 7, 11, 1, 6, 19, 18, 4, 5, 9, 10, 13, 14, 0);

    public CipherSuitePolicy {
        if (explicitSuite < -1 || explicitSuite > 0xFF) {
            throw new IllegalArgumentException("cipher suite id out of range: " + explicitSuite);
        }
    }

    public static CipherSuitePolicy automatic() {
        return new CipherSuitePolicy(-1, false);
    }

    public static CipherSuitePolicy explicit(int suiteId) {
        if (CipherSuite.byId(suiteId).isEmpty()) {
            throw new IllegalArgumentException("not a standard cipher suite (0-19): " + suiteId);
        }
        return new CipherSuitePolicy(suiteId, false);
    }

    /** A copy that permits suite 0 and other RAKP-none suites (no authentication at all). */
    public CipherSuitePolicy allowingUnauthenticated() {
        return new CipherSuitePolicy(explicitSuite, true);
    }

    public boolean isAutomatic() {
        return explicitSuite < 0;
    }

    /** Whether this policy lets a session use {@code suite}. */
    public boolean permits(CipherSuite suite) {
        return allowUnauthenticated || suite.authentication() != AuthenticationAlgorithm.RAKP_NONE;
    }
}
