package dev.ipmi.core.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.crypto.AesCbc128;
import dev.ipmi.core.crypto.Confidentiality;
import dev.ipmi.core.crypto.ConfidentialityAlgorithm;
import dev.ipmi.core.crypto.CryptoProvider;
import dev.ipmi.core.crypto.Integrity;
import dev.ipmi.core.crypto.IntegrityAlgorithm;
import dev.ipmi.core.crypto.SessionKeys;
import dev.ipmi.core.testing.Robustness;
import dev.ipmi.core.testing.Vectors;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every in-session RMCP+ datagram captured between ipmitool / FreeIPMI and a BMC is parsed,
 * integrity-checked, decrypted to the captured plaintext and re-encoded (with the captured IV)
 * to exactly the captured bytes.
 */
class RmcpPlusCodecTest {

    /**
     * AES-CBC-128 that encrypts with the IV the capture used (set per packet through
     * {@link AesCbc128#encrypt(ByteBuffer, byte[], ByteBuffer)}), so re-encoding is reproducible;
     * the live {@code encrypt(plain, out)} draws its IVs from a per-session generator instead.
     */
    static final class ReplayIv implements Confidentiality {
        private final AesCbc128 aes;
        byte[] next;

        ReplayIv(AesCbc128 aes) {
            this.aes = aes;
        }

        @Override
        public ConfidentialityAlgorithm algorithm() {
            return aes.algorithm();
        }

        @Override
        public int encryptedLength(int plainLength) {
            return aes.encryptedLength(plainLength);
        }

        @Override
        public void encrypt(ByteBuffer plain, ByteBuffer out) {
            aes.encrypt(plain, next, out);
        }

        @Override
        public int decrypt(ByteBuffer encryptedField, ByteBuffer out) throws MalformedPacketException {
            return aes.decrypt(encryptedField, out);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cs0-admin-getdeviceid", "cs1-admin-getdeviceid", "cs2-admin-getdeviceid",
        "cs3-admin-getdeviceid", "cs3-operator-getdeviceid", "cs6-admin-getdeviceid",
        "cs17-ipmitool-getdeviceid", "cs17-freeipmi-getdeviceid", "cs17-ipmitool-autodetect"})
    void decodesVerifiesDecryptsAndReencodesEveryCapturedSessionPacket(String name) throws Exception {
        Vectors.Case c = Vectors.load(name);
        IntegrityAlgorithm ia = IntegrityAlgorithm.NONE;
        ConfidentialityAlgorithm ca = ConfidentialityAlgorithm.NONE;
        SessionKeys keys = new SessionKeys(new byte[0], new byte[0], new byte[0], new byte[20]);
        if (!c.sessions().isEmpty()) { // the capture tool records no keys for suite 0
            Vectors.Session s = c.sessions().get(0);
            ia = IntegrityAlgorithm.fromId((int) s.number("integrity_alg"));
            ca = ConfidentialityAlgorithm.fromId((int) s.number("confidentiality_alg"));
            keys = new SessionKeys(s.bytes("sik"), s.bytes("k1"), s.bytes("k2"), s.bytes("kuid"));
        }
        CryptoProvider provider = CryptoProvider.defaultProvider();
        int checked = 0;
        InboundPacket p = new InboundPacket();
        for (Vectors.Packet packet : c.packets()) {
            byte[] udp = packet.udpPayload();
            if (udp.length < 6 || udp[3] != 0x07 || udp[4] != 0x06 || (udp[5] & 0x3F) != 0) {
                continue; // not an RMCP+ IPMI payload
            }
            ByteBuffer datagram = ByteBuffer.wrap(udp);
            RmcpPlusCodec.parse(datagram, p);
            if (p.sessionId == 0) {
                continue; // sessionless (e.g. Get Channel Cipher Suites before the session)
            }
            Confidentiality confidentiality = Confidentiality.create(ca, keys, new SecureRandom(), provider);
            ReplayIv replay = confidentiality instanceof AesCbc128 aes ? new ReplayIv(aes) : null;
            RmcpPlusCodec codec = new RmcpPlusCodec(p.sessionId, Integrity.create(ia, keys, provider),
                    replay != null ? replay : confidentiality);
            assertEquals(Rejection.NONE, codec.verify(datagram, p), "frame " + packet.frame());

            ByteBuffer plain = ByteBuffer.allocate(p.payloadLength);
            int n = codec.open(datagram, p, plain);
            byte[] plaintext = new byte[n];
            plain.flip().get(plaintext);
            byte[] expected = packet.bytes("plaintext_payload");
            if (expected != null) {
                assertArrayEquals(expected, plaintext, "plaintext of frame " + packet.frame());
            }

            if (p.encrypted) {
                assertNotNull(replay, "frame " + packet.frame() + " is encrypted with " + ca);
                replay.next = packet.bytes("aes_iv");
                assertNotNull(replay.next, "IV of frame " + packet.frame());
            }
            ByteBuffer out = ByteBuffer.allocate(codec.encodedLength(n));
            codec.encode(p.payloadType, p.sequence, ByteBuffer.wrap(plaintext), out);
            assertEquals(out.capacity(), out.position(), "exact size");
            assertEquals(Wire.hex(udp), Wire.hex(out.array()), "re-encoded frame " + packet.frame());
            checked++;
        }
        assertTrue(checked >= 2, "at least one request and one response in " + name + ", got " + checked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cs3-admin-getdeviceid", "cs17-ipmitool-getdeviceid"})
    void aFlippedBitAnywhereIsRejectedBeforeDecryption(String name) throws Exception {
        Vectors.Case c = Vectors.load(name);
        Vectors.Session s = c.sessions().get(0);
        SessionKeys keys = new SessionKeys(s.bytes("sik"), s.bytes("k1"), s.bytes("k2"), s.bytes("kuid"));
        CryptoProvider provider = CryptoProvider.defaultProvider();
        Vectors.Packet packet = c.packets().stream().filter(x -> x.bytes("aes_iv") != null).findFirst().orElseThrow();
        byte[] udp = packet.udpPayload();
        InboundPacket p = new InboundPacket();
        RmcpPlusCodec.parse(ByteBuffer.wrap(udp), p);
        RmcpPlusCodec codec = new RmcpPlusCodec(p.sessionId,
                Integrity.create(IntegrityAlgorithm.fromId((int) s.number("integrity_alg")), keys, provider),
                Confidentiality.create(ConfidentialityAlgorithm.AES_CBC_128, keys, new SecureRandom(), provider));
        for (int i = 4; i < udp.length; i++) {
            byte[] bad = udp.clone();
            bad[i] ^= 0x01;
            ByteBuffer d = ByteBuffer.wrap(bad);
            Rejection r;
            try {
                RmcpPlusCodec.parse(d, p);
                r = codec.verify(d, p);
            } catch (MalformedPacketException e) {
                r = Rejection.MALFORMED;
            }
            assertTrue(r != Rejection.NONE, "flipped bit in byte " + i + " was accepted");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cs3-admin-getdeviceid"})
    void parseOnlyThrowsLibraryExceptions(String name) {
        List<byte[]> fixtures = Vectors.load(name).packets().stream().map(Vectors.Packet::udpPayload)
                .filter(u -> u.length > 5 && u[4] == 0x06).toList();
        InboundPacket p = new InboundPacket();
        for (byte[] f : fixtures.subList(0, 4)) {
            Robustness.assertRobust("RMCP+ parse", f, in -> {
                RmcpPlusCodec.parse(in, p);
                return p;
            });
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7})
    void integrityPadMakesTheCoveredLengthAMultipleOfFour(int n) {
        int pad = RmcpPlusCodec.integrityPad(n);
        assertTrue(pad >= 0 && pad <= 3);
        assertEquals(0, (n + pad + 2) % 4);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3})
    void rejectsALengthFieldLongerThanTheDatagram(int extra) {
        byte[] d = Wire.unhex("0600ff07 06 00 00000000 00000000 1000" + "00".repeat(extra));
        assertThrows(MalformedPacketException.class, () -> RmcpPlusCodec.parse(ByteBuffer.wrap(d), new InboundPacket()));
    }
}
