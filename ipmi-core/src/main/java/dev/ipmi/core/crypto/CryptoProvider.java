package dev.ipmi.core.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Provider;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the JCA engines the IPMI algorithms need: the running JDK's providers first and, only
 * for an algorithm the JDK lacks, BouncyCastle.
 *
 * <p>Nothing is assumed about a JDK: each lookup tries {@code getInstance} and falls back on
 * {@code NoSuchAlgorithmException} (restricted or FIPS-configured JDKs drop MD2, MD5 or
 * ARCFOUR). BouncyCastle is an optional dependency, loaded reflectively the first time a
 * fallback is needed, so the library works without it on the class path. When no provider has
 * an algorithm, lookups throw {@link UnsupportedAlgorithmException} naming it.
 *
 * <p>Engines are created once per session by the algorithm classes of this package, never per
 * packet. This class is immutable and thread-safe. On the module path BouncyCastle is found only
 * when its module is resolved (for example {@code --add-modules org.bouncycastle.provider}), since
 * ipmi-core {@code requires static} it.
 *
 * <pre>{@code
 * Mac mac = CryptoProvider.defaultProvider().mac("HmacSHA1");
 * }</pre>
 */
public final class CryptoProvider {
    private static final Logger LOG = LoggerFactory.getLogger(CryptoProvider.class);
    private static final String BOUNCY_CASTLE = "org.bouncycastle.jce.provider.BouncyCastleProvider";
    private static final CryptoProvider DEFAULT = new CryptoProvider(null, new LazyProvider(CryptoProvider::loadBouncyCastle));

    /** {@code null}: the JDK's installed providers in preference order. */
    private final List<Provider> primary;
    private final Supplier<Provider> fallback;

    private CryptoProvider(List<Provider> primary, Supplier<Provider> fallback) {
        this.primary = primary;
        this.fallback = fallback;
    }

    /** The JDK's providers, then BouncyCastle if it can be loaded. */
    public static CryptoProvider defaultProvider() {
        return DEFAULT;
    }

    /**
     * Lookups in exactly these providers, then in {@code fallback} (which may be {@code null}
     * for none). For tests of the detection logic and for callers who pin a provider.
     */
    public static CryptoProvider of(List<Provider> primary, Provider fallback) {
        return new CryptoProvider(List.copyOf(primary), () -> fallback);
    }

    /** An unkeyed MAC engine, e.g. {@code "HmacSHA256"}. */
    public Mac mac(String algorithm) throws UnsupportedAlgorithmException {
        return find(algorithm, Mac::getInstance, Mac::getInstance);
    }

    /** A message digest engine, e.g. {@code "MD5"} or {@code "MD2"}. */
    public MessageDigest digest(String algorithm) throws UnsupportedAlgorithmException {
        return find(algorithm, MessageDigest::getInstance, MessageDigest::getInstance);
    }

    /** An uninitialised cipher, e.g. {@code "AES/ECB/NoPadding"} or {@code "ARCFOUR"}. */
    public Cipher cipher(String transformation) throws UnsupportedAlgorithmException {
        return find(transformation, Cipher::getInstance, Cipher::getInstance);
    }

    @FunctionalInterface
    private interface AnyLookup<T> {
        T get(String algorithm) throws GeneralSecurityException;
    }

    @FunctionalInterface
    private interface ProviderLookup<T> {
        T get(String algorithm, Provider provider) throws GeneralSecurityException;
    }

    private <T> T find(String algorithm, AnyLookup<T> any, ProviderLookup<T> from)
            throws UnsupportedAlgorithmException {
        Objects.requireNonNull(algorithm, "algorithm");
        GeneralSecurityException last = null;
        if (primary == null) {
            try {
                return any.get(algorithm);
            } catch (GeneralSecurityException e) {
                last = e;
            }
        } else {
            for (Provider p : primary) {
                try {
                    return from.get(algorithm, p);
                } catch (GeneralSecurityException e) {
                    last = e;
                }
            }
        }
        Provider extra = fallback.get();
        if (extra != null) {
            try {
                T found = from.get(algorithm, extra);
                LOG.debug("{} not offered by the JDK's providers; using {}", algorithm, extra.getName());
                return found;
            } catch (GeneralSecurityException e) {
                last = e;
            }
        }
        throw new UnsupportedAlgorithmException(algorithm, last);
    }

    /** BouncyCastle's provider, or {@code null} when the optional dependency is absent. */
    static Provider loadBouncyCastle() {
        try {
            Class<?> type = Class.forName(BOUNCY_CASTLE, true, CryptoProvider.class.getClassLoader());
            return (Provider) type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | SecurityException e) {
            LOG.debug("BouncyCastle not available as a fallback provider: {}", e.toString());
            return null;
        }
    }

    /** Loads the fallback at most once, on first need. */
    private static final class LazyProvider implements Supplier<Provider> {
        private final Supplier<Provider> loader;
        private volatile boolean loaded;
        private volatile Provider provider;

        LazyProvider(Supplier<Provider> loader) {
            this.loader = loader;
        }

        @Override
        public Provider get() {
            if (!loaded) {
                synchronized (this) {
                    if (!loaded) {
                        provider = loader.get();
                        loaded = true;
                    }
                }
            }
            return provider;
        }
    }

    @Override
    public String toString() {
        return primary == null ? "CryptoProvider[JDK providers, BouncyCastle fallback]"
                : "CryptoProvider" + primary.stream().map(Provider::getName).toList();
    }
}
