package dev.ipmi.core.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.testing.Vectors;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Known-answer tests against the captured ipmitool / FreeIPMI / ipmi_sim traffic: keys and
 * RAKP codes recomputed from the captured nonces must equal the bytes on the wire, every
 * captured AuthCode must verify, and every AES payload must decrypt and re-encrypt exactly.
 * Packets are sliced by fixed offsets: RMCP header 4 bytes, IPMI 2.0 session header 12 bytes
 * (auth type, payload type, session id, sequence, payload length), then the payload.
 */
class CryptoVectorsTest {
    private static final CryptoProvider JCA = CryptoProvider.defaultProvider();
    private static final int PAYLOAD = 16;

    static Stream<String> sessionCases() {
        return Vectors.CASES.stream().filter(c -> !Vectors.load(c).sessions().isEmpty());
    }

    static Stream<String> ipmi15Cases() {
        return Stream.of("ipmi15-md5-getdeviceid", "ipmi15-password-getdeviceid");
    }

    /** Ensures the filter above does not silently skip the cases this test exists for. */
    @Test
    void everyRmcpPlusCaseWithRakpIsCovered() {
        assertEquals(List.of("cs1-admin-getdeviceid", "cs2-admin-getdeviceid", "cs3-admin-getdeviceid",
                "cs3-operator-getdeviceid", "cs3-unknown-user", "cs3-wrong-password", "cs6-admin-getdeviceid",
                "cs17-freeipmi-getdeviceid", "cs17-ipmitool-autodetect", "cs17-ipmitool-getdeviceid"),
                sessionCases().toList());
    }

    /** A session's parameters as typed values. */
    record Params(AuthenticationAlgorithm auth, IntegrityAlgorithm integrity, ConfidentialityAlgorithm conf,
            byte[] password, byte[] user, RakpRole role, int sidM, int sidC, byte[] rm, byte[] rc, byte[] guid,
            Vectors.Session raw) {
        static Params of(Vectors.Session s) throws Exception {
            return new Params(AuthenticationAlgorithm.fromId((int) s.number("auth_alg")),
                    IntegrityAlgorithm.fromId((int) s.number("integrity_alg")),
                    ConfidentialityAlgorithm.fromId((int) s.number("confidentiality_alg")),
                    s.string("password").getBytes(StandardCharsets.US_ASCII),
                    s.string("username").getBytes(StandardCharsets.US_ASCII),
                    RakpRole.of((int) s.number("rakp1_role")),
                    (int) s.number("console_session_id"), (int) s.number("bmc_session_id"),
                    s.bytes("rm"), s.bytes("rc"), s.bytes("guid"), s);
        }

        SessionKeys keys(byte[] pw) throws Exception {
            return RakpMath.sessionKeys(auth, null, RakpMath.kuid(pw), rm, rc, role, user, JCA);
        }
    }

    private static int payloadType(byte[] udp) {
        return udp[5] & 0x3F;
    }

    private static int payloadLength(byte[] udp) {
        return (udp[14] & 0xFF) | (udp[15] & 0xFF) << 8;
    }

    private static byte[] slice(byte[] b, int from, int length) {
        return Arrays.copyOfRange(b, from, from + length);
    }

    @ParameterizedTest
    @MethodSource("sessionCases")
    void keysAndRakpCodesMatchTheCapture(String name) throws Exception {
        Vectors.Case c = Vectors.load(name);
        Params p = Params.of(c.sessions().get(0));
        boolean wrongPassword = name.equals("cs3-wrong-password");

        byte[] kuid = RakpMath.kuid(p.password);
        assertArrayEquals(p.raw.bytes("kuid"), kuid, "Kuid");
        assertEquals(p.raw.flag("name_only_lookup"), p.role.nameOnlyLookup());
        try (SessionKeys keys = p.keys(p.password)) {
            assertArrayEquals(p.raw.bytes("sik"), keys.sik(), "SIK");
            assertArrayEquals(p.raw.bytes("k1"), keys.k1(), "K1");
            assertArrayEquals(p.raw.bytes("k2"), keys.k2(), "K2");
            assertArrayEquals(p.raw.bytes("aes_key"), RakpMath.aesKey(keys.k2()), "AES key");
        }

        int checked = 0;
        for (Vectors.Packet pkt : c.packets()) {
            byte[] udp = pkt.udpPayload();
            if (udp.length < PAYLOAD || (udp[4] & 0xFF) != 0x06) {
                continue;
            }
            int status = udp.length > PAYLOAD + 1 ? udp[PAYLOAD + 1] & 0xFF : -1;
            switch (payloadType(udp)) {
                case 0x13 -> { // RAKP 2: tag, status, 2 reserved, SID_M, R_C, GUID_C, auth code
                    if (status != 0) {
                        continue;
                    }
                    byte[] captured = slice(udp, PAYLOAD + 40, payloadLength(udp) - 40);
                    byte[] computed = RakpMath.rakp2AuthCode(p.auth, kuid, p.sidM, p.sidC, p.rm, p.rc, p.guid,
                            p.role, p.user, JCA);
                    assertArrayEquals(p.rc, slice(udp, PAYLOAD + 8, 16), "R_C");
                    assertArrayEquals(p.guid, slice(udp, PAYLOAD + 24, 16), "GUID_C");
                    assertEquals(p.auth.keyExchangeCodeLength(), captured.length);
                    if (wrongPassword) {
                        assertFalse(RakpMath.constantTimeEquals(computed, captured), "RAKP 2 with wrongpass");
                        byte[] real = RakpMath.rakp2AuthCode(p.auth, RakpMath.kuid("adminpass".getBytes()), p.sidM,
                                p.sidC, p.rm, p.rc, p.guid, p.role, p.user, JCA);
                        assertTrue(RakpMath.constantTimeEquals(real, captured), "RAKP 2 with the real password");
                    } else {
                        assertArrayEquals(captured, computed, "RAKP 2 auth code");
                    }
                    checked++;
                }
                case 0x14 -> { // RAKP 3: tag, status, 2 reserved, SID_C, auth code
                    byte[] captured = slice(udp, PAYLOAD + 8, payloadLength(udp) - 8);
                    assertArrayEquals(captured, RakpMath.rakp3AuthCode(p.auth, kuid, p.rc, p.sidM, p.role, p.user,
                            JCA), "RAKP 3 auth code");
                    checked++;
                }
                case 0x15 -> { // RAKP 4: tag, status, 2 reserved, SID_M, ICV
                    byte[] captured = slice(udp, PAYLOAD + 8, payloadLength(udp) - 8);
                    try (SessionKeys keys = p.keys(p.password)) {
                        assertArrayEquals(captured, RakpMath.rakp4Icv(p.auth, keys.sik(), p.rm, p.sidC, p.guid, JCA),
                                "RAKP 4 ICV");
                    }
                    checked++;
                }
                default -> { }
            }
        }
        int expected = switch (name) {
            case "cs3-unknown-user" -> 0;      // RAKP 2 carries status 0Dh, no code
            case "cs3-wrong-password" -> 1;    // the client stops after RAKP 2
            default -> 3;
        };
        assertEquals(expected, checked, "RAKP messages checked");
    }

    @ParameterizedTest
    @MethodSource("sessionCases")
    void everyCapturedAuthCodeVerifies(String name) throws Exception {
        Vectors.Case c = Vectors.load(name);
        Params p = Params.of(c.sessions().get(0));
        int checked = 0;
        try (SessionKeys keys = p.keys(p.password)) {
            Integrity integrity = Integrity.create(p.integrity, keys, JCA);
            for (Vectors.Packet pkt : c.packets()) {
                byte[] covered = pkt.bytes("integrity_input");
                byte[] authCode = pkt.bytes("authcode");
                if (covered == null) {
                    continue;
                }
                byte[] udp = pkt.udpPayload();
                assertArrayEquals(covered, slice(udp, 4, covered.length), "integrity_input is on the wire");
                assertArrayEquals(authCode, slice(udp, 4 + covered.length, udp.length - 4 - covered.length));
                assertEquals(integrity.authCodeLength(), authCode.length);

                assertTrue(integrity.verify(ByteBuffer.wrap(covered), ByteBuffer.wrap(authCode)), "frame " + pkt.frame());
                ByteBuffer out = ByteBuffer.allocate(authCode.length);
                integrity.sign(ByteBuffer.wrap(covered), out);
                assertArrayEquals(authCode, out.array());

                // the same through direct buffers, which take the scratch-array path
                ByteBuffer direct = ByteBuffer.allocateDirect(covered.length).put(covered).flip();
                assertTrue(integrity.verify(direct, ByteBuffer.wrap(authCode)));
                checked++;
            }
        }
        boolean expectsCodes = p.integrity != IntegrityAlgorithm.NONE
                && !name.equals("cs3-unknown-user") && !name.equals("cs3-wrong-password");
        assertEquals(expectsCodes, checked > 0, "integrity-protected packets found");
    }

    @ParameterizedTest
    @MethodSource("sessionCases")
    void everyAesPayloadDecryptsAndReEncrypts(String name) throws Exception {
        Vectors.Case c = Vectors.load(name);
        Params p = Params.of(c.sessions().get(0));
        int checked = 0;
        try (SessionKeys keys = p.keys(p.password)) {
            AesCbc128 aes = (AesCbc128) Confidentiality.create(ConfidentialityAlgorithm.AES_CBC_128, keys,
                    new SecureRandom(), JCA);
            for (Vectors.Packet pkt : c.packets()) {
                byte[] iv = pkt.bytes("aes_iv");
                if (iv == null) {
                    continue;
                }
                byte[] udp = pkt.udpPayload();
                byte[] field = slice(udp, PAYLOAD, payloadLength(udp));
                byte[] plain = pkt.bytes("plaintext_payload");
                int padLength = ((Number) pkt.get("aes_pad_len")).intValue();
                assertArrayEquals(iv, slice(field, 0, 16));

                ByteBuffer out = ByteBuffer.allocate(field.length);
                int n = aes.decrypt(ByteBuffer.wrap(field), out);
                assertArrayEquals(plain, Arrays.copyOf(out.array(), n), "frame " + pkt.frame());
                assertEquals(padLength, AesCbc128.padLength(n));
                assertEquals(field.length, 16 + n + padLength + 1);

                assertEquals(field.length, aes.encryptedLength(plain.length));
                ByteBuffer again = ByteBuffer.allocate(field.length);
                aes.encrypt(ByteBuffer.wrap(plain), iv, again);
                assertArrayEquals(field, again.array(), "re-encrypted frame " + pkt.frame());
                checked++;
            }
        }
        boolean expectsAes = p.conf == ConfidentialityAlgorithm.AES_CBC_128
                && !name.equals("cs3-unknown-user") && !name.equals("cs3-wrong-password");
        assertEquals(expectsAes, checked > 0, "AES packets found");
    }

    @ParameterizedTest
    @MethodSource("ipmi15Cases")
    void everyIpmi15AuthCodeVerifies(String name) throws Exception {
        Vectors.Case c = Vectors.load(name);
        byte[] password = "adminpass".getBytes(StandardCharsets.US_ASCII);
        int checked = 0;
        boolean sawActivateSession = false;
        for (Vectors.Packet pkt : c.packets()) {
            byte[] captured = pkt.bytes("authcode");
            if (captured == null) {
                continue;
            }
            // RMCP 4 | auth type 1 | sequence 4 LE | session id 4 LE | auth code 16 | length 1 | message
            ByteBuffer udp = ByteBuffer.wrap(pkt.udpPayload());
            udp.position(4);
            dev.ipmi.core.wire.AuthType type = dev.ipmi.core.wire.AuthType.fromCode(Wire.u8(udp));
            int sequence = Wire.i32le(udp);
            int sessionId = Wire.i32le(udp);
            byte[] onWire = Wire.bytes(udp, 16, "auth code");
            int length = Wire.u8(udp);
            byte[] message = Wire.bytes(udp, length, "message");
            assertArrayEquals(captured, onWire);
            sawActivateSession |= pkt.fromConsole() && (message[5] & 0xFF) == 0x3A;

            try (Ipmi15AuthCode auth = Ipmi15AuthCode.create(type, password, JCA);
                    Ipmi15AuthCode wrong = Ipmi15AuthCode.create(type, "wrongpass".getBytes(), JCA)) {
                assertTrue(auth.verify(sessionId, sequence, ByteBuffer.wrap(message), ByteBuffer.wrap(onWire)),
                        "frame " + pkt.frame());
                assertFalse(wrong.verify(sessionId, sequence, ByteBuffer.wrap(message), ByteBuffer.wrap(onWire)));
                ByteBuffer out = ByteBuffer.allocate(16);
                auth.compute(sessionId, sequence, ByteBuffer.wrap(message), out);
                assertArrayEquals(onWire, out.array());
                if (type == dev.ipmi.core.wire.AuthType.MD5) {
                    assertFalse(auth.verify(sessionId + 1, sequence, ByteBuffer.wrap(message), ByteBuffer.wrap(onWire)),
                            "session id is covered");
                    assertFalse(auth.verify(sessionId, sequence + 1, ByteBuffer.wrap(message), ByteBuffer.wrap(onWire)),
                            "sequence is covered");
                }
            }
            checked++;
        }
        assertTrue(sawActivateSession, "the Activate Session request (temporary session id) is among them");
        assertTrue(checked >= 10, "authenticated packets checked: " + checked);
    }
}
