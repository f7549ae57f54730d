package dev.ipmi.core.crypto;

/** RMCP+ authentication (RAKP) algorithms, IPMI v2.0 section 13.28, table 13-17. */
public enum AuthenticationAlgorithm {
    RAKP_NONE(0x00, null, 0, 0),
    RAKP_HMAC_SHA1(0x01, "HmacSHA1", 20, 12),
    RAKP_HMAC_MD5(0x02, "HmacMD5", 16, 16),
    RAKP_HMAC_SHA256(0x03, "HmacSHA256", 32, 16);

    private final int id;
    private final String jcaMac;
    private final int keyExchangeCodeLength;
    private final int integrityCheckValueLength;

    AuthenticationAlgorithm(int id, String jcaMac, int keyExchangeCodeLength, int integrityCheckValueLength) {
        this.id = id;
        this.jcaMac = jcaMac;
        this.keyExchangeCodeLength = keyExchangeCodeLength;
        this.integrityCheckValueLength = integrityCheckValueLength;
    }

    /** The 6-bit algorithm number on the wire. */
    public int id() {
        return id;
    }

    /** JCA name of the HMAC, or {@code null} for RAKP-none. */
    public String jcaMac() {
        return jcaMac;
    }

    /** Length of the RAKP 2 / RAKP 3 key exchange auth code (and of SIK, K1, K2). */
    public int keyExchangeCodeLength() {
        return keyExchangeCodeLength;
    }

    /** Length of the RAKP 4 integrity check value: 12 (SHA1), 16 (MD5), 16 (SHA256). */
    public int integrityCheckValueLength() {
        return integrityCheckValueLength;
    }

    /** The algorithm for a wire number, or {@code null} when unknown (including OEM C0h-FFh). */
    public static AuthenticationAlgorithm fromId(int id) {
        for (AuthenticationAlgorithm a : values()) {
            if (a.id == id) {
                return a;
            }
        }
        return null;
    }
}
