package dev.ipmi.core.crypto;

import dev.ipmi.core.IpmiException;

/**
 * Neither the running JDK's providers nor BouncyCastle (when it is on the class or module path)
 * offer an algorithm a cipher suite or IPMI 1.5 auth type needs, for example {@code MD2} on a
 * JDK with restricted security providers. The message names the missing algorithm.
 */
public class UnsupportedAlgorithmException extends IpmiException {
    private static final long serialVersionUID = 1L;

    private final String algorithm;

    public UnsupportedAlgorithmException(String algorithm, Throwable cause) {
        super("no security provider offers " + algorithm
                + " (not in the JDK's providers, and BouncyCastle is absent or lacks it)", cause);
        this.algorithm = algorithm;
    }

    /** The JCA name that could not be found, e.g. {@code "HmacMD5"} or {@code "ARCFOUR"}. */
    public String algorithm() {
        return algorithm;
    }
}
