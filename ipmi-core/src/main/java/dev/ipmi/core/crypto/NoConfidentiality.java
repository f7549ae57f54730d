package dev.ipmi.core.crypto;

import java.nio.ByteBuffer;

/** Confidentiality algorithm "none" (table 13-19): the payload travels as is. */
final class NoConfidentiality implements Confidentiality {
    static final NoConfidentiality INSTANCE = new NoConfidentiality();

    private NoConfidentiality() {}

    @Override
    public ConfidentialityAlgorithm algorithm() {
        return ConfidentialityAlgorithm.NONE;
    }

    @Override
    public int encryptedLength(int plainLength) {
        return plainLength;
    }

    @Override
    public void encrypt(ByteBuffer plain, ByteBuffer out) {
        out.put(plain);
    }

    @Override
    public int decrypt(ByteBuffer encryptedField, ByteBuffer out) {
        int n = encryptedField.remaining();
        out.put(encryptedField);
        return n;
    }

    @Override
    public String toString() {
        return "Confidentiality[NONE]";
    }
}
