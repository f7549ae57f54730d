package dev.ipmi.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ipmi.core.crypto.Confidentiality;
import dev.ipmi.core.crypto.ConfidentialityAlgorithm;
import dev.ipmi.core.crypto.CryptoProvider;
import dev.ipmi.core.crypto.Integrity;
import dev.ipmi.core.crypto.IntegrityAlgorithm;
import dev.ipmi.core.crypto.Ipmi15AuthCode;
import dev.ipmi.core.crypto.SessionKeys;
import dev.ipmi.core.session.InboundPacket;
import dev.ipmi.core.session.Ipmi15Codec;
import dev.ipmi.core.session.Rejection;
import dev.ipmi.core.session.RmcpPlusCodec;
import dev.ipmi.core.testing.Vectors;
import dev.ipmi.core.wire.AuthType;
import dev.ipmi.core.wire.IpmiLanResponseView;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;

/**
 * The inbound pipeline of an established session, as the client runs it on every datagram:
 * locate the header fields ({@code parse}), check the negotiated shape and auth code
 * ({@code verify}), decrypt ({@code open}) and read the IPMI message. The keys are the captured
 * sessions' (vectors cs3 and cs17), so corpus packets verify and decrypt for real. {@code open}
 * runs even when {@code verify} rejects: the engine never does that, but a decryptor that
 * cannot survive arbitrary bytes would be one forged MAC away from a crash.
 */
class SessionFuzzTest {
    private static final List<RmcpPlusCodec> RMCP_PLUS = rmcpPlusCodecs();
    private static final Ipmi15Codec MD5 = ipmi15Codec(AuthType.MD5);
    private static final Ipmi15Codec PASSWORD = ipmi15Codec(AuthType.PASSWORD);

    @FuzzTest(maxDuration = "5s")
    void rmcpPlusPipeline(byte[] input) {
        for (RmcpPlusCodec codec : RMCP_PLUS) {
            Fuzz.decode(input, in -> {
                InboundPacket p = new InboundPacket();
                RmcpPlusCodec.parse(in, p);
                Rejection verdict = codec.verify(in, p);
                ByteBuffer plain = ByteBuffer.allocate(p.payloadLength);
                codec.open(in, p, plain);
                plain.flip();
                if (verdict == Rejection.NONE) {
                    new IpmiLanResponseView().wrap(plain).copyData();
                }
            });
        }
    }

    @FuzzTest(maxDuration = "5s")
    void ipmi15Pipeline(byte[] input) {
        for (Ipmi15Codec codec : List.of(MD5, PASSWORD)) {
            Fuzz.decode(input, in -> {
                InboundPacket p = new InboundPacket();
                Ipmi15Codec.parse(in, p);
                codec.verify(in, p);
                ByteBuffer plain = ByteBuffer.allocate(p.payloadLength);
                Ipmi15Codec.open(in, p, plain);
                new IpmiLanResponseView().wrap(plain.flip()).copyData();
            });
        }
    }

    private static List<RmcpPlusCodec> rmcpPlusCodecs() {
        try {
            CryptoProvider provider = CryptoProvider.defaultProvider();
            SecureRandom random = new SecureRandom();
            Vectors.Session s3 = Vectors.load("cs3-admin-getdeviceid").sessions().get(0);
            Vectors.Session s17 = Vectors.load("cs17-ipmitool-getdeviceid").sessions().get(0);
            SessionKeys k3 = new SessionKeys(s3.bytes("sik"), s3.bytes("k1"), s3.bytes("k2"), s3.bytes("kuid"));
            SessionKeys k17 = new SessionKeys(s17.bytes("sik"), s17.bytes("k1"), s17.bytes("k2"), s17.bytes("kuid"));
            int id3 = (int) Long.decode(s3.string("console_session_id")).longValue();
            int id17 = (int) Long.decode(s17.string("console_session_id")).longValue();
            return List.of(
                    new RmcpPlusCodec(id3, Integrity.create(IntegrityAlgorithm.HMAC_SHA1_96, k3, provider),
                            Confidentiality.create(ConfidentialityAlgorithm.AES_CBC_128, k3, random, provider)),
                    new RmcpPlusCodec(id17, Integrity.create(IntegrityAlgorithm.HMAC_SHA256_128, k17, provider),
                            Confidentiality.create(ConfidentialityAlgorithm.AES_CBC_128, k17, random, provider)),
                    new RmcpPlusCodec(id3, Integrity.create(IntegrityAlgorithm.MD5_128, k3, provider),
                            Confidentiality.create(ConfidentialityAlgorithm.XRC4_128, k3, random, provider)),
                    new RmcpPlusCodec(id3, Integrity.create(IntegrityAlgorithm.NONE, k3, provider),
                            Confidentiality.create(ConfidentialityAlgorithm.NONE, k3, random, provider)));
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static Ipmi15Codec ipmi15Codec(AuthType type) {
        try {
            byte[] password = "fuzzpass".getBytes(StandardCharsets.US_ASCII);
            return new Ipmi15Codec(0x1234, Ipmi15AuthCode.create(type, password, CryptoProvider.defaultProvider()), false);
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
