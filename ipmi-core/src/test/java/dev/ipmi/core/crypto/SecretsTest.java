package dev.ipmi.core.crypto;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.wire.AuthType;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No key byte, in hex or as text, may show up in any toString() of this package. */
class SecretsTest {
    private static final byte[] SECRET = "Sup3rS3cretKey!!Sup3".getBytes();

    private static void assertNoSecret(Object o) {
        String s = String.valueOf(o).toLowerCase();
        assertFalse(s.contains("sup3r"), s);
        for (int i = 0; i + 4 <= SECRET.length; i++) {
            assertFalse(s.contains(Wire.hex(SECRET, i, 4)), "key bytes in hex: " + s);
        }
        assertFalse(s.contains("[b@"), "no raw array: " + s);
    }

    @Test
    void toStringsShowNoKeyBytes() throws Exception {
        CryptoProvider p = CryptoProvider.defaultProvider();
        List<Object> objects = new ArrayList<>();
        try (SessionKeys keys = new SessionKeys(SECRET, SECRET, SECRET, SECRET)) {
            objects.add(keys);
            for (IntegrityAlgorithm a : IntegrityAlgorithm.values()) {
                objects.add(Integrity.create(a, keys, p));
            }
            for (ConfidentialityAlgorithm a : ConfidentialityAlgorithm.values()) {
                objects.add(Confidentiality.create(a, keys, new SecureRandom(), p));
            }
            assertTrue(keys.toString().contains("20 bytes"), keys.toString());
        }
        for (AuthType t : List.of(AuthType.NONE, AuthType.PASSWORD, AuthType.MD2, AuthType.MD5)) {
            objects.add(Ipmi15AuthCode.create(t, "Sup3rS3cretKey!!".getBytes(), p));
        }
        objects.add(p);
        objects.add(new UnsupportedAlgorithmException("HmacMD5", null));
        for (Object o : objects) {
            assertNoSecret(o);
        }
    }

    @Test
    void closeWipesSessionKeys() {
        SessionKeys keys = new SessionKeys(SECRET, SECRET, SECRET, SECRET);
        keys.close();
        assertTrue(keys.isClosed());
        assertThrows(IllegalStateException.class, keys::k1);
        assertThrows(IllegalStateException.class, keys::kuid);
        assertNoSecret(keys);
        keys.close(); // idempotent
    }

    @Test
    void closingAlgorithmsWipesTheKeysTheyKeep() throws Exception {
        CryptoProvider p = CryptoProvider.defaultProvider();
        byte[] data = "covered".getBytes();
        try (SessionKeys keys = new SessionKeys(SECRET, SECRET, SECRET, SECRET)) {
            Integrity md5 = Integrity.create(IntegrityAlgorithm.MD5_128, keys, p);
            ByteBuffer before = ByteBuffer.allocate(16);
            md5.sign(ByteBuffer.wrap(data), before);
            md5.close();
            assertFalse(md5.verify(ByteBuffer.wrap(data), before.flip()), "password gone after close");
        }
    }

    @Test
    void keysAreCopiedInAndOut() {
        byte[] k = SECRET.clone();
        try (SessionKeys keys = new SessionKeys(k, k, k, k)) {
            k[0] = 0;
            assertTrue(keys.sik()[0] == 'S');
            keys.k2()[0] = 0;
            assertTrue(keys.k2()[0] == 'S');
        }
    }
}
