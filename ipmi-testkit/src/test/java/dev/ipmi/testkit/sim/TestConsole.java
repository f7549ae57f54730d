package dev.ipmi.testkit.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.crypto.CipherSuite;
import dev.ipmi.core.crypto.Confidentiality;
import dev.ipmi.core.crypto.CryptoProvider;
import dev.ipmi.core.crypto.Integrity;
import dev.ipmi.core.crypto.RakpMath;
import dev.ipmi.core.crypto.RakpRole;
import dev.ipmi.core.crypto.SessionKeys;
import dev.ipmi.core.session.InboundPacket;
import dev.ipmi.core.session.Rejection;
import dev.ipmi.core.session.RmcpPlusCodec;
import dev.ipmi.core.wire.IpmiLanRequest;
import dev.ipmi.core.wire.IpmiLanResponse;
import dev.ipmi.core.wire.OpenSessionRequest;
import dev.ipmi.core.wire.SecurityAlgorithms;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * A deliberately small, blocking RMCP+ console for protocol tests: raw handshake messages
 * (to see every status code) and, once a session is up, IPMI requests and SOL packets.
 */
final class TestConsole implements AutoCloseable {
    private static final CryptoProvider CRYPTO = CryptoProvider.defaultProvider();
    private static final SecureRandom RANDOM = new SecureRandom();

    final DatagramSocket socket;
    private final InetSocketAddress bmc;
    final int consoleId = RANDOM.nextInt() | 1;
    int bmcId;
    private RmcpPlusCodec codec;
    private int sequence = 1;
    private int rqSeq = 1;

    TestConsole(InetSocketAddress bmc) throws IOException {
        this.bmc = bmc;
        this.socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0));
        socket.setSoTimeout(1000);
    }

    private byte[] lastSent;

    void resendLast() throws IOException {
        send(lastSent);
    }

    void send(byte[] datagram) throws IOException {
        lastSent = datagram.clone();
        socket.send(new DatagramPacket(datagram, datagram.length, bmc));
    }

    /** The next datagram, or null after the timeout. */
    byte[] receive() throws IOException {
        byte[] buf = new byte[2048];
        DatagramPacket p = new DatagramPacket(buf, buf.length);
        try {
            socket.receive(p);
        } catch (SocketTimeoutException e) {
            return null;
        }
        return Arrays.copyOf(buf, p.getLength());
    }

    void timeout(int millis) throws IOException {
        socket.setSoTimeout(millis);
    }

    byte[] sessionless(int payloadType, byte[] payload) throws IOException {
        ByteBuffer out = ByteBuffer.allocate(RmcpPlusCodec.sessionlessLength(payload.length));
        RmcpPlusCodec.encodeSessionless(payloadType, ByteBuffer.wrap(payload), out);
        send(out.array());
        byte[] r = receive();
        if (r == null) {
            return null;
        }
        return Arrays.copyOfRange(r, 16, r.length); // RMCP 4 + session header 12
    }

    byte[] openSession(int privilege, SecurityAlgorithms algorithms) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(OpenSessionRequest.LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 7).put((byte) privilege).putShort((short) 0).putInt(consoleId);
        algorithms.encode(b);
        byte[] r = sessionless(0x10, b.array());
        if (r != null && r.length >= 12 && r[1] == 0) {
            bmcId = ByteBuffer.wrap(r).order(ByteOrder.LITTLE_ENDIAN).getInt(8);
        }
        return r;
    }

    byte[] rakp1(byte[] consoleRandom, int role, String user) throws IOException {
        byte[] name = user.getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer b = ByteBuffer.allocate(28 + name.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 8).put(new byte[3]).putInt(bmcId).put(consoleRandom).put((byte) role).putShort((short) 0)
                .put((byte) name.length).put(name);
        return sessionless(0x12, b.array());
    }

    byte[] rakp3(int status, byte[] authCode) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(8 + authCode.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 9).put((byte) status).putShort((short) 0).putInt(bmcId).put(authCode);
        return sessionless(0x14, b.array());
    }

    /** Full RMCP+ login; leaves the session at {@code privilege} (Set Session Privilege Level sent). */
    void login(CipherSuite suite, String user, String password, PrivilegeLevel privilege) throws Exception {
        login(suite, user, password, privilege, null);
    }

    /** As {@link #login(CipherSuite, String, String, PrivilegeLevel)} with the BMC key K_G (20 bytes) or null. */
    void login(CipherSuite suite, String user, String password, PrivilegeLevel privilege, byte[] kg) throws Exception {
        byte[] open = openSession(privilege.code(), SecurityAlgorithms.of(suite));
        assertEquals(0, open[1], "Open Session status");
        byte[] rm = new byte[16];
        RANDOM.nextBytes(rm);
        RakpRole role = new RakpRole(privilege, true);
        byte[] r2 = rakp1(rm, role.code(), user);
        assertEquals(0, r2[1], "RAKP 2 status");
        byte[] rc = Arrays.copyOfRange(r2, 8, 24);
        byte[] guid = Arrays.copyOfRange(r2, 24, 40);
        byte[] kuid = RakpMath.kuid(password.getBytes(StandardCharsets.ISO_8859_1));
        byte[] name = user.getBytes(StandardCharsets.ISO_8859_1);
        byte[] expected2 = RakpMath.rakp2AuthCode(suite.authentication(), kuid, consoleId, bmcId, rm, rc, guid, role,
                name, CRYPTO);
        assertEquals(Arrays.toString(expected2), Arrays.toString(Arrays.copyOfRange(r2, 40, r2.length)), "RAKP 2 code");
        byte[] r4 = rakp3(0, RakpMath.rakp3AuthCode(suite.authentication(), kuid, rc, consoleId, role, name, CRYPTO));
        assertEquals(0, r4[1], "RAKP 4 status");
        try (SessionKeys keys = RakpMath.sessionKeys(suite.authentication(), kg, kuid, rm, rc, role, name, CRYPTO)) {
            byte[] icv = RakpMath.rakp4Icv(suite.authentication(), keys.sik(), rm, bmcId, guid, CRYPTO);
            assertEquals(Arrays.toString(icv), Arrays.toString(Arrays.copyOfRange(r4, 8, r4.length)), "RAKP 4 ICV");
            codec = new RmcpPlusCodec(bmcId, Integrity.create(suite.integrity(), keys, CRYPTO),
                    Confidentiality.create(suite.confidentiality(), keys, RANDOM, CRYPTO));
        }
        byte[] r = command(0x06, 0x3B, (byte) privilege.code());
        assertEquals(0, r[0], "Set Session Privilege Level");
    }

    void sendPayload(int payloadType, byte[] payload) throws IOException {
        ByteBuffer out = ByteBuffer.allocate(codec.encodedLength(payload.length));
        codec.encode(payloadType, sequence++, ByteBuffer.wrap(payload), out);
        send(out.array());
    }

    /** The next in-session payload of {@code payloadType}, or null after the timeout. */
    byte[] receivePayload(int payloadType) throws Exception {
        while (true) {
            byte[] d = receive();
            if (d == null) {
                return null;
            }
            ByteBuffer b = ByteBuffer.wrap(d);
            InboundPacket p = new InboundPacket();
            RmcpPlusCodec.parse(b, p);
            if (p.sessionId != consoleId || codec.verify(b, p) != Rejection.NONE) {
                continue;
            }
            ByteBuffer plain = ByteBuffer.allocate(d.length);
            codec.open(b, p, plain);
            if (p.payloadType == payloadType) {
                return Arrays.copyOf(plain.array(), plain.position());
            }
        }
    }

    /** Sends a command and returns completion code + data, or null if nothing came back. */
    byte[] command(int netFn, int command, byte... data) throws Exception {
        int seq = rqSeq;
        rqSeq = (rqSeq + 1) & 0x3F;
        ByteBuffer msg = ByteBuffer.allocate(IpmiLanRequest.encodedLength(data.length));
        IpmiLanRequest.encode(msg, 0x20, new NetFn(netFn), 0, 0x81, seq, 0, command, ByteBuffer.wrap(data));
        sendPayload(0, msg.array());
        while (true) {
            byte[] r = receivePayload(0);
            if (r == null) {
                return null;
            }
            IpmiLanResponse resp = IpmiLanResponse.decode(ByteBuffer.wrap(r));
            if (resp.rqSeq() == seq && resp.command() == command) {
                byte[] out = new byte[1 + resp.data().length];
                out[0] = (byte) resp.completionCode().value();
                System.arraycopy(resp.data(), 0, out, 1, resp.data().length);
                return out;
            }
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
