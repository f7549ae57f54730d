package dev.ipmi.core.crypto;

import java.nio.ByteBuffer;

/** Integrity algorithm "none" (table 13-18): no AuthCode; every packet verifies. */
final class NoIntegrity implements Integrity {
    static final NoIntegrity INSTANCE = new NoIntegrity();

    private NoIntegrity() {}

    @Override
    public IntegrityAlgorithm algorithm() {
        return IntegrityAlgorithm.NONE;
    }

    @Override
    public int authCodeLength() {
        return 0;
    }

    @Override
    public void sign(ByteBuffer covered, ByteBuffer out) {
        covered.position(covered.limit());
    }

    @Override
    public boolean verify(ByteBuffer covered, ByteBuffer authCode) {
        covered.position(covered.limit());
        return true;
    }

    @Override
    public boolean verify(ByteBuffer buf, int from, int to, int codeAt) {
        return true;
    }

    @Override
    public String toString() {
        return "Integrity[NONE]";
    }
}
