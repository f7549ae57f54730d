package dev.ipmi.testkit.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.crypto.CryptoProvider;
import dev.ipmi.core.crypto.Ipmi15AuthCode;
import dev.ipmi.core.session.InboundPacket;
import dev.ipmi.core.session.Ipmi15Codec;
import dev.ipmi.core.wire.AuthType;
import dev.ipmi.core.wire.IpmiLanRequest;
import dev.ipmi.core.wire.IpmiLanResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IPMI 1.5 session establishment (sections 22.16-22.17) with raw datagrams: the completion codes. */
class Ipmi15SessionTest {
    private SimulatedBmc bmc;
    private TestConsole c;
    private int rqSeq = 1;

    @BeforeEach
    void start() throws Exception {
        bmc = SimulatedBmc.newBuilder().ipmi15AuthTypes(AuthType.MD5, AuthType.PASSWORD).start();
        c = new TestConsole(bmc.address());
    }

    @AfterEach
    void stop() {
        c.close();
        bmc.close();
    }

    private byte[] message(int cmd, byte[] data) {
        ByteBuffer msg = ByteBuffer.allocate(IpmiLanRequest.encodedLength(data.length));
        IpmiLanRequest.encode(msg, 0x20, NetFn.APP, 0, 0x81, rqSeq++ & 0x3F, 0, cmd, ByteBuffer.wrap(data));
        return msg.array();
    }

    private static byte[] completionAndData(byte[] datagram) throws Exception {
        InboundPacket p = new InboundPacket();
        ByteBuffer d = ByteBuffer.wrap(datagram);
        Ipmi15Codec.parse(d, p);
        ByteBuffer m = ByteBuffer.allocate(p.payloadLength);
        Ipmi15Codec.open(d, p, m);
        IpmiLanResponse r = IpmiLanResponse.decode(m.flip());
        byte[] out = new byte[1 + r.data().length];
        out[0] = (byte) r.completionCode().value();
        System.arraycopy(r.data(), 0, out, 1, r.data().length);
        return out;
    }

    private byte[] sessionless(int cmd, byte[] data) throws Exception {
        byte[] msg = message(cmd, data);
        ByteBuffer out = ByteBuffer.allocate(Ipmi15Codec.sessionlessLength(msg.length));
        Ipmi15Codec.encodeSessionless(ByteBuffer.wrap(msg), out);
        c.send(out.array());
        return completionAndData(c.receive());
    }

    private byte[] challenge(AuthType type, String user) throws Exception {
        byte[] d = new byte[17];
        d[0] = (byte) type.code();
        byte[] n = user.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(n, 0, d, 1, n.length);
        return sessionless(0x39, d);
    }

    @Test
    void capabilitiesListTheEnabledTypes() throws Exception {
        byte[] r = sessionless(0x38, new byte[] {(byte) 0x8E, 4});
        assertArrayEquals(new byte[] {0, 1, (byte) 0x94, 0x04, 0x03, 0, 0, 0, 0}, r);
    }

    @ParameterizedTest(name = "challenge {0} for {1} -> {2}")
    @CsvSource({"MD5, admin, 00", "MD5, nobody, 81", "MD5, disabled, 81", "MD5, '', 82", "NONE, admin, CC"})
    void challengeCodes(AuthType type, String user, String cc) throws Exception {
        assertEquals(Integer.parseInt(cc, 16), challenge(type, user)[0] & 0xFF);
    }

    @ParameterizedTest(name = "activate {0} as {1} at {2} -> {3}")
    @CsvSource({"MD5, admin, ADMINISTRATOR, 00", "PASSWORD, operator, OPERATOR, 00",
        "MD5, user, ADMINISTRATOR, 86", "MD5, operator, USER, 00"})
    void activate(AuthType type, String user, PrivilegeLevel level, String cc) throws Exception {
        byte[] ch = challenge(type, user);
        ByteBuffer cr = ByteBuffer.wrap(ch, 1, 20).slice().order(ByteOrder.LITTLE_ENDIAN);
        int temp = cr.getInt(0);
        byte[] challenge = Arrays.copyOfRange(ch, 5, 21);
        byte[] password = bmc.users().stream().filter(u -> u.name().equals(user)).findFirst().orElseThrow().password();
        ByteBuffer data = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
        data.put((byte) type.code()).put((byte) level.code()).put(challenge).putInt(0x1000);
        byte[] msg = message(0x3A, data.array());
        try (Ipmi15AuthCode auth = Ipmi15AuthCode.create(type, password, CryptoProvider.defaultProvider())) {
            Ipmi15Codec codec = new Ipmi15Codec(temp, auth, false);
            ByteBuffer out = ByteBuffer.allocate(codec.encodedLength(msg.length));
            codec.encode(0, ByteBuffer.wrap(msg), out);
            c.send(out.array());
        }
        byte[] r = completionAndData(c.receive());
        assertEquals(Integer.parseInt(cc, 16), r[0] & 0xFF);
        if (r[0] == 0) {
            assertEquals(type.code(), r[1]);
            assertEquals(level.code(), r[10]);
            assertEquals(1, bmc.activeSessionCount());
        } else {
            assertEquals(0, bmc.activeSessionCount());
        }
    }
}
