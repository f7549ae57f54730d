package dev.ipmi.core.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Provider;
import java.security.Security;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CryptoProviderTest {
    private static final Provider SUN = Security.getProvider("SUN");         // digests, no MACs or ciphers
    private static final Provider SUN_JCE = Security.getProvider("SunJCE");  // MACs and ciphers

    @ParameterizedTest
    @ValueSource(strings = {"HmacSHA1", "HmacMD5", "HmacSHA256"})
    void defaultFindsEveryMac(String algorithm) throws Exception {
        assertEquals(algorithm, CryptoProvider.defaultProvider().mac(algorithm).getAlgorithm());
    }

    @ParameterizedTest
    @ValueSource(strings = {"MD2", "MD5"})
    void defaultFindsEveryDigest(String algorithm) throws Exception {
        assertEquals(algorithm, CryptoProvider.defaultProvider().digest(algorithm).getAlgorithm());
    }

    @ParameterizedTest
    @ValueSource(strings = {"AES/ECB/NoPadding", "AES/CBC/NoPadding", "ARCFOUR"})
    void defaultFindsEveryCipher(String transformation) throws Exception {
        assertNotNull(CryptoProvider.defaultProvider().cipher(transformation));
    }

    @Test
    void primaryProviderWinsWhenItHasTheAlgorithm() throws Exception {
        CryptoProvider p = CryptoProvider.of(List.of(SUN), SUN_JCE);
        assertEquals("SUN", p.digest("MD5").getProvider().getName());
    }

    @Test
    void fallsBackOnlyForWhatThePrimaryLacks() throws Exception {
        CryptoProvider p = CryptoProvider.of(List.of(SUN), SUN_JCE);
        assertEquals("SunJCE", p.mac("HmacSHA1").getProvider().getName());
        assertEquals("SunJCE", p.cipher("ARCFOUR").getProvider().getName());
    }

    @Test
    void missingEverywhereNamesTheAlgorithm() {
        CryptoProvider p = CryptoProvider.of(List.of(SUN), null);
        UnsupportedAlgorithmException e = assertThrows(UnsupportedAlgorithmException.class, () -> p.mac("HmacMD5"));
        assertEquals("HmacMD5", e.algorithm());
        assertTrue(e.getMessage().contains("HmacMD5"), e.getMessage());
        assertThrows(UnsupportedAlgorithmException.class, () -> p.cipher("ARCFOUR"));
    }

    @Test
    void missingAlgorithmFailsSessionSetupWithTheTypedError() {
        CryptoProvider noMacs = CryptoProvider.of(List.of(SUN), null);
        try (SessionKeys keys = new SessionKeys(new byte[20], new byte[20], new byte[20], new byte[20])) {
            assertThrows(UnsupportedAlgorithmException.class,
                    () -> Integrity.create(IntegrityAlgorithm.HMAC_SHA1_96, keys, noMacs));
            assertThrows(UnsupportedAlgorithmException.class,
                    () -> RakpMath.k1(AuthenticationAlgorithm.RAKP_HMAC_SHA256, new byte[32], noMacs));
        }
    }

    @Test
    void bouncyCastleIsLoadedReflectivelyWhenPresent() throws Exception {
        // bcprov is an optional dependency, so it is on this module's test class path
        Provider bc = CryptoProvider.loadBouncyCastle();
        assertNotNull(bc);
        assertEquals("BC", bc.getName());
        CryptoProvider p = CryptoProvider.of(List.of(SUN), bc);
        assertEquals("BC", p.mac("HmacMD5").getProvider().getName());
        assertEquals("BC", p.cipher("ARCFOUR").getProvider().getName());
    }
}
