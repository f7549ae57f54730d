package dev.ipmi.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.crypto.CryptoProvider;
import dev.ipmi.core.crypto.Ipmi15AuthCode;
import dev.ipmi.core.testing.Robustness;
import dev.ipmi.core.testing.Vectors;
import dev.ipmi.core.wire.AuthType;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every authenticated IPMI 1.5 datagram ipmitool and ipmi_sim exchanged verifies and re-encodes exactly. */
class Ipmi15CodecTest {
    private static final byte[] PASSWORD = "adminpass".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({"ipmi15-md5-getdeviceid, MD5", "ipmi15-password-getdeviceid, PASSWORD"})
    void verifiesAndReencodesEveryCapturedSessionPacket(String name, AuthType type) throws Exception {
        int checked = 0;
        InboundPacket p = new InboundPacket();
        for (Vectors.Packet packet : Vectors.load(name).packets()) {
            byte[] udp = packet.udpPayload();
            if (udp[3] != 0x07 || udp[4] == 0) {
                continue; // ASF, or sessionless (auth type NONE)
            }
            ByteBuffer d = ByteBuffer.wrap(udp);
            Ipmi15Codec.parse(d, p);
            assertEquals(type.code(), p.authType);
            Ipmi15AuthCode auth = Ipmi15AuthCode.create(type, PASSWORD, CryptoProvider.defaultProvider());
            Ipmi15Codec codec = new Ipmi15Codec(p.sessionId, auth, false);
            assertEquals(Rejection.NONE, codec.verify(d, p), "frame " + packet.frame());

            Ipmi15AuthCode wrong = Ipmi15AuthCode.create(type, "adminpasz".getBytes(StandardCharsets.US_ASCII),
                    CryptoProvider.defaultProvider());
            assertEquals(Rejection.BAD_AUTH_CODE, new Ipmi15Codec(p.sessionId, wrong, false).verify(d, p));

            ByteBuffer message = ByteBuffer.allocate(p.payloadLength);
            Ipmi15Codec.open(d, p, message);
            message.flip();
            ByteBuffer out = ByteBuffer.allocate(codec.encodedLength(message.remaining()));
            codec.encode(p.sequence, message, out);
            assertEquals(Wire.hex(udp), Wire.hex(out.array()), "frame " + packet.frame());
            checked++;
        }
        assertTrue(checked >= 4, "activate session and in-session traffic both ways, got " + checked);
    }

    @Test
    void anUnauthenticatedPacketInAnAuthenticatedSessionIsADowngrade() throws Exception {
        Ipmi15AuthCode auth = Ipmi15AuthCode.create(AuthType.MD5, PASSWORD, CryptoProvider.defaultProvider());
        ByteBuffer d = ByteBuffer.allocate(Ipmi15Codec.sessionlessLength(7));
        Ipmi15Codec.encodeSessionless(ByteBuffer.wrap(Wire.unhex("81 1c 63 20 04 01 00")), d);
        d.flip();
        InboundPacket p = new InboundPacket();
        Ipmi15Codec.parse(d, p);
        assertEquals(Rejection.SECURITY_DOWNGRADE, new Ipmi15Codec(0x1185, auth, false).verify(d, p));
        assertEquals(Rejection.NONE, new Ipmi15Codec(0x1185, auth, true).verify(d, p),
                "allowed when the BMC disabled per-message authentication");
    }

    @Test
    void sessionlessRequestMatchesTheCapturedBytes() throws MalformedPacketException {
        byte[] captured = Wire.unhex("0600ff07000000000000000000092018c88100388e04b5");
        ByteBuffer out = ByteBuffer.allocate(Ipmi15Codec.sessionlessLength(9));
        Ipmi15Codec.encodeSessionless(ByteBuffer.wrap(Wire.unhex("2018c88100388e04b5")), out);
        assertEquals(Wire.hex(captured), Wire.hex(out.array()));
        InboundPacket p = new InboundPacket();
        Ipmi15Codec.parse(ByteBuffer.wrap(captured), p);
        assertEquals(9, p.payloadLength);
        assertNotEquals(true, p.authenticated);
    }

    @Test
    void parseOnlyThrowsLibraryExceptions() {
        InboundPacket p = new InboundPacket();
        Vectors.load("ipmi15-md5-getdeviceid").packets().stream().map(Vectors.Packet::udpPayload)
                .filter(u -> u[3] == 0x07).limit(4)
                .forEach(f -> Robustness.assertRobust("IPMI 1.5 parse", f, in -> {
                    Ipmi15Codec.parse(in, p);
                    return p;
                }));
    }
}
