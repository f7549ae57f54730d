package dev.ipmi.core.crypto;

/** RMCP+ integrity algorithms, IPMI v2.0 section 13.28.4, table 13-18. */
public enum IntegrityAlgorithm {
    NONE(0x00, 0),
    HMAC_SHA1_96(0x01, 12),
    HMAC_MD5_128(0x02, 16),
    MD5_128(0x03, 16),
    HMAC_SHA256_128(0x04, 16);

    private final int id;
    private final int authCodeLength;

    IntegrityAlgorithm(int id, int authCodeLength) {
        this.id = id;
        this.authCodeLength = authCodeLength;
    }

    /** The 6-bit algorithm number on the wire. */
    public int id() {
        return id;
    }

    /** Bytes of auth code in the session trailer. */
    public int authCodeLength() {
        return authCodeLength;
    }

    /** The algorithm for a wire number, or {@code null} when unknown. */
    public static IntegrityAlgorithm fromId(int id) {
        for (IntegrityAlgorithm a : values()) {
            if (a.id == id) {
                return a;
            }
        }
        return null;
    }
}
