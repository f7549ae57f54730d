package dev.ipmi.benchmarks;

import dev.ipmi.core.command.CompletionCode;
import dev.ipmi.core.crypto.AuthenticationAlgorithm;
import dev.ipmi.core.crypto.CipherSuite;
import dev.ipmi.core.crypto.Confidentiality;
import dev.ipmi.core.crypto.CryptoProvider;
import dev.ipmi.core.crypto.Integrity;
import dev.ipmi.core.crypto.Ipmi15AuthCode;
import dev.ipmi.core.crypto.RakpMath;
import dev.ipmi.core.crypto.SessionKeys;
import dev.ipmi.core.crypto.UnsupportedAlgorithmException;
import dev.ipmi.core.session.Ipmi15Codec;
import dev.ipmi.core.session.RmcpPlusCodec;
import dev.ipmi.core.wire.AuthType;
import dev.ipmi.core.wire.IpmiLanResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Session state shared by the benchmarks: fixed session ids and a fixed SIK per suite, from
 * which both our codecs and the peer's cipher suite derive K1 and K2 (so either side can read
 * what the other wrote), and the BMC's half of a session, used once at setup to produce the
 * response datagrams the client side decodes.
 */
public final class Sessions {
    /** The console's (our) session id: the BMC writes it into responses. */
    public static final int CONSOLE_SESSION_ID = 0x0A0B0C0D;
    /** The BMC's session id: the console writes it into requests. */
    public static final int BMC_SESSION_ID = 0x2F4A6B8C;
    public static final int BMC_ADDRESS = 0x20;
    public static final int CONSOLE_ADDRESS = 0x81;
    /** The IPMI 1.5 password (MD5 auth code key). */
    public static final byte[] PASSWORD = "benchpass".getBytes(StandardCharsets.US_ASCII);

    private static final CryptoProvider JCA = CryptoProvider.defaultProvider();

    private Sessions() {}

    /** The standard suite with this id (0, 3, 17, ...). */
    public static CipherSuite suite(int id) {
        return CipherSuite.byId(id).orElseThrow(() -> new IllegalArgumentException("no cipher suite " + id));
    }

    /** A fixed Session Integrity Key as long as the suite's HMAC output (20 bytes for RAKP-none, which ignores it). */
    public static byte[] sik(CipherSuite suite) {
        int n = suite.authentication() == AuthenticationAlgorithm.RAKP_HMAC_SHA256 ? 32 : 20;
        byte[] sik = new byte[n];
        for (int i = 0; i < n; i++) {
            sik[i] = (byte) (0x5A ^ i * 7);
        }
        return sik;
    }

    /** Our keys for {@code suite}: K1 and K2 derived from {@link #sik} as section 13.32 says. */
    public static SessionKeys keys(CipherSuite suite) throws UnsupportedAlgorithmException {
        byte[] sik = sik(suite);
        AuthenticationAlgorithm auth = suite.authentication();
        byte[] kuid = RakpMath.kuid(PASSWORD);
        return new SessionKeys(sik, RakpMath.k1(auth, sik, JCA), RakpMath.k2(auth, sik, JCA), kuid);
    }

    /**
     * One side of an RMCP+ session with its keyed integrity and confidentiality, created once.
     *
     * @param remoteSessionId the peer's id, written into every datagram this codec sends
     */
    public static RmcpPlusCodec rmcpPlus(CipherSuite suite, int remoteSessionId, SecureRandom random)
            throws UnsupportedAlgorithmException {
        try (SessionKeys keys = keys(suite)) {
            return new RmcpPlusCodec(remoteSessionId, Integrity.create(suite.integrity(), keys, JCA),
                    Confidentiality.create(suite.confidentiality(), keys, random, JCA));
        }
    }

    /** One side of an IPMI 1.5 session with MD5 auth codes on every packet (both directions carry the BMC's id). */
    public static Ipmi15Codec ipmi15Md5() throws UnsupportedAlgorithmException {
        return new Ipmi15Codec(BMC_SESSION_ID, Ipmi15AuthCode.create(AuthType.MD5, PASSWORD, JCA), false);
    }

    /** The BMC's IPMI LAN response to {@code command} with request sequence {@code rqSeq}. */
    public static IpmiLanResponse lanResponse(Command command, int rqSeq) {
        return new IpmiLanResponse(CONSOLE_ADDRESS, command.request().spec().netFn(), 0, BMC_ADDRESS, rqSeq, 0,
                command.request().spec().command(), CompletionCode.NORMAL, command.responseData());
    }

    /** A whole RMCP+ response datagram as the BMC of {@code suite} sends it to the console. */
    public static byte[] rmcpPlusResponse(CipherSuite suite, Command command, int rqSeq, int sequence)
            throws UnsupportedAlgorithmException {
        RmcpPlusCodec bmc = rmcpPlus(suite, CONSOLE_SESSION_ID, new SecureRandom());
        ByteBuffer payload = encode(lanResponse(command, rqSeq));
        ByteBuffer out = ByteBuffer.allocate(bmc.encodedLength(payload.remaining()));
        bmc.encode(0, sequence, payload, out);
        return exact(out);
    }

    /** A whole IPMI 1.5 MD5 response datagram as the BMC sends it. */
    public static byte[] ipmi15Response(Command command, int rqSeq, int sequence) throws UnsupportedAlgorithmException {
        Ipmi15Codec bmc = ipmi15Md5();
        ByteBuffer message = encode(lanResponse(command, rqSeq));
        ByteBuffer out = ByteBuffer.allocate(bmc.encodedLength(message.remaining()));
        bmc.encode(sequence, message, out);
        return exact(out);
    }

    private static ByteBuffer encode(IpmiLanResponse response) {
        ByteBuffer b = ByteBuffer.allocate(response.encodedLength());
        response.encode(b);
        return b.flip();
    }

    private static byte[] exact(ByteBuffer written) {
        if (written.hasRemaining()) {
            throw new IllegalStateException("encodedLength() said " + written.capacity() + ", wrote " + written.position());
        }
        return Arrays.copyOf(written.array(), written.position());
    }
}
