package dev.ipmi.core.crypto;

/** RMCP+ confidentiality (encryption) algorithms, IPMI v2.0 section 13.28.5, table 13-19. */
public enum ConfidentialityAlgorithm {
    NONE(0x00),
    AES_CBC_128(0x01),
    XRC4_128(0x02),
    XRC4_40(0x03);

    private final int id;

    ConfidentialityAlgorithm(int id) {
        this.id = id;
    }

    /** The 6-bit algorithm number on the wire. */
    public int id() {
        return id;
    }

    /** The algorithm for a wire number, or {@code null} when unknown. */
    public static ConfidentialityAlgorithm fromId(int id) {
        for (ConfidentialityAlgorithm a : values()) {
            if (a.id == id) {
                return a;
            }
        }
        return null;
    }
}
