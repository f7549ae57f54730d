package dev.ipmi.core.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.crypto.IntegrityAlgorithm;
import dev.ipmi.core.testing.Vectors;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decodes every captured datagram of every vector file layer by layer, compares the fields with
 * the session values and the capture tool's notes, and re-encodes each datagram to the
 * captured bytes (encrypted payloads are carried as opaque bytes; their recorded plaintext is
 * decoded and re-encoded separately).
 */
class CapturedVectorsTest {
    private static final Pattern V15_NOTE = Pattern.compile(
            "IPMI1\\.5 authtype=(\\w+) seq=0x(\\w+) sid=0x(\\w+)(?: authcode=(\\w+))? len=(\\d+)");
    private static final Pattern V20_NOTE = Pattern.compile(
            "RMCP\\+ payload=(\\w+)( enc)?( auth)? sid=0x(\\w+) seq=0x(\\w+) len=(\\d+)");
    private static final Pattern LAN_NOTE = Pattern.compile(
            "IPMI (req|rsp) .*\\(netfn 0x(\\w+) cmd 0x(\\w+)\\) seq=(\\d+) "
                    + "(?:rsAddr=0x(\\w+) rqAddr=0x(\\w+)|cc=0x(\\w+)) data=(\\w*)");
    private static final Pattern STATUS_NOTE = Pattern.compile("status=0x(\\w+) \\(([^)]*)\\)");
    private static final Pattern PAD_NOTE = Pattern.compile("integrity pad=(\\d) next=0x07 authcode=(\\w+)");
    private static final Pattern ASF_NOTE = Pattern.compile("ASF Presence (Ping|Pong) iana=4542 tag=(\\d+) data=(\\w*)");

    static List<String> cases() {
        return Vectors.CASES;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyCapturedPacketDecodesAndReEncodes(String name) throws MalformedPacketException {
        Walk walk = new Walk(Vectors.load(name));
        walk.run();
        assertFalse(walk.decoded.isEmpty());
    }

    @Test
    void unknownUserIsRakp2StatusUnauthorizedName() throws MalformedPacketException {
        Rakp2 rakp2 = find(walk("cs3-unknown-user"), Rakp2.class);
        assertEquals(RmcpPlusStatus.UNAUTHORIZED_NAME, rakp2.status());
        assertNotNull(rakp2.bmcRandom(), "ipmi_sim sends a full-length RAKP 2 even on error");
    }

    @Test
    void cipherSuite17AgainstIpmiSimIsRefusedWithTwoBytes() throws MalformedPacketException {
        OpenSessionResponse r = find(walk("cs17-rejected"), OpenSessionResponse.class);
        assertEquals(RmcpPlusStatus.INVALID_AUTHENTICATION_ALGORITHM, r.status());
        assertEquals(null, r.algorithms());
        assertEquals(2, r.encodedLength());
    }

    @Test
    void pingAndPongAreTheRealOnes() throws MalformedPacketException {
        List<Object> decoded = walk("ipmi15-md5-getdeviceid");
        assertEquals(new PresencePing(0), decoded.get(0));
        PresencePong pong = find(decoded, PresencePong.class);
        assertTrue(pong.ipmiSupported());
        assertEquals(1, pong.asfVersion());
        assertEquals(AsfMessage.ASF_IANA, pong.enterpriseNumber());
    }

    private static List<Object> walk(String name) throws MalformedPacketException {
        Walk walk = new Walk(Vectors.load(name));
        walk.run();
        return walk.decoded;
    }

    private static <T> T find(List<Object> decoded, Class<T> type) {
        return decoded.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName()));
    }

    /** One case, packet by packet. */
    private static final class Walk {
        final Vectors.Case vectors;
        final Vectors.Session session;
        final List<Object> decoded = new ArrayList<>();
        int authCodeLength = -1;
        Vectors.Packet packet;
        String what;

        Walk(Vectors.Case vectors) {
            this.vectors = vectors;
            this.session = vectors.sessions().isEmpty() ? null : vectors.sessions().get(0);
        }

        void run() throws MalformedPacketException {
            for (Vectors.Packet p : vectors.packets()) {
                packet = p;
                what = vectors.name() + " frame " + p.frame();
                byte[] udp = p.udpPayload();
                ByteBuffer in = ByteBuffer.wrap(udp);
                ByteBuffer out = ByteBuffer.allocate(udp.length);
                RmcpHeader rmcp = RmcpHeader.decode(in);
                assertFalse(rmcp.ack(), what);
                assertEquals(RmcpHeader.NO_ACK, rmcp.sequenceNumber(), what);
                rmcp.encode(out);
                if (rmcp.messageClass().equals(RmcpClass.ASF)) {
                    asf(in, out);
                } else {
                    assertEquals(RmcpClass.IPMI, rmcp.messageClass(), what);
                    if (SessionHeaderV20.isNext(in)) {
                        v20(in, out);
                    } else {
                        v15(in, out);
                    }
                }
                assertEquals(Wire.hex(udp), Wire.hex(out.array()), what + " re-encoded");
            }
        }

        Matcher note(Pattern pattern) {
            for (String n : packet.notes()) {
                Matcher m = pattern.matcher(n);
                if (m.find()) {
                    return m;
                }
            }
            return fail(what + ": no note matching " + pattern + " in " + packet.notes());
        }

        void asf(ByteBuffer in, ByteBuffer out) throws MalformedPacketException {
            Matcher m = note(ASF_NOTE);
            assertEquals(m.group(3), Wire.hex(in.duplicate().position(in.position() + AsfMessage.LENGTH)), what);
            Object message;
            if (m.group(1).equals("Ping")) {
                PresencePing ping = PresencePing.decode(in);
                assertEquals(Integer.parseInt(m.group(2)), ping.tag(), what);
                ping.encode(out);
                message = ping;
            } else {
                PresencePong pong = PresencePong.decode(in);
                assertEquals(Integer.parseInt(m.group(2)), pong.tag(), what);
                pong.encode(out);
                message = pong;
            }
            decoded.add(message);
            assertFalse(in.hasRemaining(), what);
        }

        void v15(ByteBuffer in, ByteBuffer out) throws MalformedPacketException {
            SessionHeaderV15 h = SessionHeaderV15.decode(in);
            Matcher m = note(V15_NOTE);
            assertEquals(AuthType.valueOf(m.group(1)), h.authType(), what);
            assertEquals((int) Long.parseLong(m.group(2), 16), h.sequenceNumber(), what);
            assertEquals((int) Long.parseLong(m.group(3), 16), h.sessionId(), what);
            assertEquals(m.group(4) == null ? "" : m.group(4), Wire.hex(h.authCode()), what);
            assertEquals(Integer.parseInt(m.group(5)), h.payloadLength(), what);
            h.encode(out);
            ByteBuffer payload = in.slice(in.position(), h.payloadLength());
            in.position(in.position() + h.payloadLength());
            lanMessage(payload, out);
            out.put(in); // a legacy pad byte, if the sender added one
        }

        void v20(ByteBuffer in, ByteBuffer out) throws MalformedPacketException {
            int headerStart = in.position();
            SessionHeaderV20 h = SessionHeaderV20.decode(in);
            Matcher m = note(V20_NOTE);
            assertEquals(m.group(2) != null, h.encrypted(), what);
            assertEquals(m.group(3) != null, h.authenticated(), what);
            assertEquals((int) Long.parseLong(m.group(4), 16), h.sessionId(), what);
            assertEquals((int) Long.parseLong(m.group(5), 16), h.sequenceNumber(), what);
            assertEquals(Integer.parseInt(m.group(6)), h.payloadLength(), what);
            h.encode(out);
            ByteBuffer payload = in.slice(in.position(), h.payloadLength());
            in.position(in.position() + h.payloadLength());
            if (h.encrypted()) {
                byte[] plaintext = packet.bytes("plaintext_payload");
                assertNotNull(plaintext, what);
                assertEquals(PayloadType.IPMI_MESSAGE, h.payloadType(), what);
                lanMessage(ByteBuffer.wrap(plaintext), ByteBuffer.allocate(plaintext.length));
                out.put(payload);
            } else {
                setupOrLan(m.group(1), h.payloadType(), payload, out);
            }
            if (h.authenticated()) {
                trailer(in, out, h, headerStart);
            }
            assertFalse(in.hasRemaining(), what + ": bytes after the packet");
        }

        void trailer(ByteBuffer in, ByteBuffer out, SessionHeaderV20 h, int headerStart) throws MalformedPacketException {
            assertTrue(authCodeLength >= 0, what + ": authenticated before an Open Session Response");
            byte[] udp = in.array();
            SessionTrailerV20 t = SessionTrailerV20.decode(in, authCodeLength);
            Matcher m = note(PAD_NOTE);
            assertEquals(Integer.parseInt(m.group(1)), t.padLength(), what);
            assertEquals(SessionTrailerV20.padLength(h.encodedLength() + h.payloadLength()), t.padLength(), what);
            assertEquals(m.group(2), Wire.hex(t.authCode()), what);
            assertArrayEquals(packet.bytes("authcode"), t.authCode(), what);
            byte[] covered = Arrays.copyOfRange(udp, headerStart, udp.length - authCodeLength);
            assertEquals(Wire.hex(packet.bytes("integrity_input")), Wire.hex(covered), what + " integrity input");
            assertEquals(SessionTrailerV20.integrityDataLength(h.encodedLength() + h.payloadLength()), covered.length, what);
            t.encode(out);
        }

        void setupOrLan(String noteName, PayloadType type, ByteBuffer payload, ByteBuffer out)
                throws MalformedPacketException {
            int before = out.position();
            switch (noteName) {
                case "IPMI" -> {
                    assertEquals(PayloadType.IPMI_MESSAGE, type, what);
                    lanMessage(payload, out);
                }
                case "OpenSessionReq" -> {
                    assertEquals(PayloadType.OPEN_SESSION_REQUEST, type, what);
                    OpenSessionRequest r = OpenSessionRequest.decode(payload);
                    assertEquals(sid("console-sid"), r.consoleSessionId(), what);
                    if (session != null) {
                        assertEquals((int) session.number("console_session_id"), r.consoleSessionId(), what);
                        assertEquals(session.number("requested_max_priv_open_session"),
                                PrivilegeField.encode(r.requestedMaxPrivilege()), what);
                    }
                    r.encode(out);
                    decoded.add(r);
                }
                case "OpenSessionRsp" -> {
                    assertEquals(PayloadType.OPEN_SESSION_RESPONSE, type, what);
                    OpenSessionResponse r = OpenSessionResponse.decode(payload);
                    checkStatus(r.status());
                    if (r.status().isOk()) {
                        assertEquals(sid("console-sid"), r.consoleSessionId(), what);
                        assertEquals(sid("bmc-sid"), r.bmcSessionId(), what);
                        authCodeLength = r.algorithms().integrity().map(IntegrityAlgorithm::authCodeLength).orElseThrow();
                        if (session != null) {
                            assertEquals((int) session.number("console_session_id"), r.consoleSessionId(), what);
                            assertEquals((int) session.number("bmc_session_id"), r.bmcSessionId(), what);
                            assertEquals(new SecurityAlgorithms((int) session.number("auth_alg"),
                                    (int) session.number("integrity_alg"), (int) session.number("confidentiality_alg")),
                                    r.algorithms(), what);
                        }
                    }
                    r.encode(out);
                    decoded.add(r);
                }
                case "RAKP1" -> {
                    assertEquals(PayloadType.RAKP_1, type, what);
                    Rakp1 r = Rakp1.decode(payload);
                    assertEquals(sid("bmc-sid"), r.bmcSessionId(), what);
                    if (session != null) {
                        assertEquals((int) session.number("bmc_session_id"), r.bmcSessionId(), what);
                        assertArrayEquals(session.bytes("rm"), r.consoleRandom(), what);
                        assertEquals(session.number("rakp1_role"), r.roleByte(), what);
                        assertEquals(session.flag("name_only_lookup"), r.nameOnlyLookup(), what);
                        assertEquals(session.string("username"), r.userName(), what);
                        assertEquals(session.string("privilege"), r.requestedPrivilege().name(), what);
                    }
                    r.encode(out);
                    decoded.add(r);
                }
                case "RAKP2" -> {
                    assertEquals(PayloadType.RAKP_2, type, what);
                    Rakp2 r = Rakp2.decode(payload);
                    checkStatus(r.status());
                    assertEquals(sid("console-sid"), r.consoleSessionId(), what);
                    assertEquals(noteHex("Rc"), Wire.hex(r.bmcRandom()), what);
                    assertEquals(noteHex("GUID"), Wire.hex(r.bmcGuid()), what);
                    assertEquals(noteHex("authcode"), Wire.hex(r.keyExchangeAuthCode()), what);
                    if (session != null) {
                        assertArrayEquals(session.bytes("rc"), r.bmcRandom(), what);
                        assertArrayEquals(session.bytes("guid"), r.bmcGuid(), what);
                        assertEquals((int) session.number("console_session_id"), r.consoleSessionId(), what);
                    }
                    r.encode(out);
                    decoded.add(r);
                }
                case "RAKP3" -> {
                    assertEquals(PayloadType.RAKP_3, type, what);
                    Rakp3 r = Rakp3.decode(payload);
                    checkStatus(r.status());
                    assertEquals(sid("bmc-sid"), r.bmcSessionId(), what);
                    assertEquals(noteHex("authcode"), Wire.hex(r.keyExchangeAuthCode()), what);
                    r.encode(out);
                    decoded.add(r);
                }
                case "RAKP4" -> {
                    assertEquals(PayloadType.RAKP_4, type, what);
                    Rakp4 r = Rakp4.decode(payload);
                    checkStatus(r.status());
                    assertEquals(sid("console-sid"), r.consoleSessionId(), what);
                    assertEquals(noteHex("ICV"), Wire.hex(r.integrityCheckValue()), what);
                    r.encode(out);
                    decoded.add(r);
                }
                default -> fail(what + ": unexpected payload " + noteName);
            }
            assertFalse(payload.hasRemaining(), what + ": payload bytes left over");
            assertTrue(out.position() > before, what);
        }

        void lanMessage(ByteBuffer payload, ByteBuffer out) throws MalformedPacketException {
            Matcher m = note(LAN_NOTE);
            int netFnWire = Integer.parseInt(m.group(2), 16);
            int command = Integer.parseInt(m.group(3), 16);
            int rqSeq = Integer.parseInt(m.group(4));
            byte[] raw = new byte[payload.remaining()];
            payload.duplicate().get(raw);
            if (packet.fromConsole()) {
                assertEquals("req", m.group(1), what);
                IpmiLanRequest r = IpmiLanRequest.decode(payload);
                assertEquals(netFnWire, r.netFn().code(), what);
                assertEquals(command, r.command(), what);
                assertEquals(rqSeq, r.rqSeq(), what);
                assertEquals(Integer.parseInt(m.group(5), 16), r.rsAddr(), what);
                assertEquals(Integer.parseInt(m.group(6), 16), r.rqAddr(), what);
                assertEquals(m.group(8), Wire.hex(r.data()), what);
                r.encode(out);
                decoded.add(r);
            } else {
                assertEquals("rsp", m.group(1), what);
                IpmiLanResponse r = IpmiLanResponse.decode(payload);
                assertEquals(netFnWire, r.netFn().responseCode(), what);
                assertEquals(command, r.command(), what);
                assertEquals(rqSeq, r.rqSeq(), what);
                assertEquals(Integer.parseInt(m.group(7), 16), r.completionCode().value(), what);
                assertEquals(m.group(8), Wire.hex(r.data()), what);
                IpmiLanResponseView view = new IpmiLanResponseView().wrap(ByteBuffer.wrap(raw));
                assertEquals(m.group(8), Wire.hex(view.copyData()), what);
                r.encode(out);
                decoded.add(r);
            }
            byte[] again = Arrays.copyOfRange(out.array(), out.position() - raw.length, out.position());
            assertArrayEquals(raw, again, what + ": IPMI message re-encoded");
        }

        void checkStatus(RmcpPlusStatus status) {
            Matcher m = note(STATUS_NOTE);
            assertEquals(Integer.parseInt(m.group(1), 16), status.value(), what);
            assertEquals(m.group(2), status.description(), what);
        }

        int sid(String key) {
            return (int) Long.parseLong(noteHex(key), 16);
        }

        String noteHex(String key) {
            return note(Pattern.compile("\\b" + Pattern.quote(key) + "=(0x)?(\\w*)")).group(2);
        }
    }
}
