package dev.ipmi.testkit.sim;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CompletionCode;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.crypto.CipherSuite;
import dev.ipmi.core.crypto.Confidentiality;
import dev.ipmi.core.crypto.CryptoProvider;
import dev.ipmi.core.crypto.Integrity;
import dev.ipmi.core.crypto.Ipmi15AuthCode;
import dev.ipmi.core.crypto.RakpMath;
import dev.ipmi.core.crypto.RakpRole;
import dev.ipmi.core.crypto.SessionKeys;
import dev.ipmi.core.crypto.UnsupportedAlgorithmException;
import dev.ipmi.core.session.InboundPacket;
import dev.ipmi.core.session.Ipmi15Codec;
import dev.ipmi.core.session.Rejection;
import dev.ipmi.core.session.RmcpPlusCodec;
import dev.ipmi.core.session.SequenceWindow;
import dev.ipmi.core.wire.AsfMessage;
import dev.ipmi.core.wire.AuthType;
import dev.ipmi.core.wire.IpmiLanRequest;
import dev.ipmi.core.wire.IpmiLanResponse;
import dev.ipmi.core.wire.OpenSessionResponse;
import dev.ipmi.core.wire.PayloadType;
import dev.ipmi.core.wire.PresencePing;
import dev.ipmi.core.wire.PresencePong;
import dev.ipmi.core.wire.Rakp2;
import dev.ipmi.core.wire.Rakp4;
import dev.ipmi.core.wire.RmcpClass;
import dev.ipmi.core.wire.RmcpHeader;
import dev.ipmi.core.wire.RmcpPlusStatus;
import dev.ipmi.core.wire.SecurityAlgorithms;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The BMC's LAN channel (IPMI v2.0 chapter 13): RMCP/ASF presence, IPMI 1.5 and RMCP+ session
 * headers, the session handshakes, session table, idle timeout and the session commands.
 * Other commands go to the {@link CommandRouter}, SOL packets to {@link SolPayload}.
 * Selector thread only.
 */
final class LanProtocol {
    static final SecureRandom RANDOM = new SecureRandom();
    static final int CHANNEL = 1;
    /** The BMC's own IPMB slave address. */
    static final int BMC_ADDRESS = 0x20;
    private static final CryptoProvider CRYPTO = CryptoProvider.defaultProvider();
    private static final int MAX_SESSION_HANDLES = 63;

    private final BmcConfig config;
    private final UserTable users;
    private final Engine engine;
    private final Faults faults;
    private final CommandRouter router;
    private final SolPayload sol;
    private final Map<Integer, SimSession> sessions = new HashMap<>();
    private final InboundPacket packet = new InboundPacket();
    private ByteBuffer tx;
    private ByteBuffer plain;
    private boolean sweepScheduled;
    /** Set by Close Session for the requesting session itself: it is removed after its reply went out. */
    private boolean closingSelf;

    LanProtocol(BmcConfig config, UserTable users, Engine engine, Faults faults, CommandRouter router, SolPayload sol) {
        this.users = users;
        this.config = config;
        this.engine = engine;
        this.faults = faults;
        this.router = router;
        this.sol = sol;
    }

    // ---------------------------------------------------------------- datagrams in

    void receive(ByteBuffer d, InetSocketAddress from) {
        if (d.remaining() < 5 || d.get(0) != RmcpHeader.VERSION || (d.get(3) & 0x80) != 0) {
            return; // not RMCP, or an RMCP ACK (we never ask for one)
        }
        int messageClass = d.get(3) & 0x1F;
        if (messageClass == RmcpClass.ASF.value()) {
            asf(d, from);
        } else if (messageClass == RmcpClass.IPMI.value()) {
            if ((d.get(4) & 0x0F) == AuthType.RMCP_PLUS.code()) {
                rmcpPlus(d, from);
            } else {
                ipmi15(d, from);
            }
        }
    }

    private void asf(ByteBuffer d, InetSocketAddress from) {
        int rmcpSequence = d.get(2) & 0xFF;
        PresencePing ping;
        try {
            d.position(RmcpHeader.LENGTH);
            ping = PresencePing.decode(d);
        } catch (MalformedPacketException e) {
            return;
        }
        ByteBuffer out = tx();
        new RmcpHeader(rmcpSequence, RmcpClass.ASF, false).encode(out);
        new PresencePong(ping.tag(), AsfMessage.ASF_IANA, 0, true, 1, true, false).encode(out);
        send(out, from);
    }

    private void rmcpPlus(ByteBuffer d, InetSocketAddress from) {
        try {
            RmcpPlusCodec.parse(d, packet);
        } catch (MalformedPacketException e) {
            return;
        }
        ByteBuffer payload = d.duplicate().position(packet.payloadOffset).limit(packet.payloadOffset + packet.payloadLength)
                .slice().order(ByteOrder.LITTLE_ENDIAN);
        if (packet.sessionId == 0) {
            if (packet.authenticated || packet.encrypted) {
                return;
            }
            switch (packet.payloadType) {
                case 0x10 -> openSession(payload, from);
                case 0x12 -> rakp1(payload, from);
                case 0x14 -> rakp3(payload, from);
                case 0x00 -> sessionlessRequest(payload, from, true);
                default -> { }
            }
            return;
        }
        SimSession s = sessions.get(packet.sessionId);
        if (s == null || !s.v20 || !s.active()) {
            return;
        }
        if (s.codec.verify(d, packet) != Rejection.NONE) {
            return;
        }
        if (packet.authenticated && !s.window.check(packet.sequence)) {
            return;
        }
        ByteBuffer p = plain();
        try {
            s.codec.open(d, packet, p);
        } catch (MalformedPacketException e) {
            return;
        }
        p.flip();
        if (packet.authenticated) {
            s.window.accept(packet.sequence);
        }
        s.lastActivityNanos = System.nanoTime();
        s.peer = from;
        if (packet.payloadType == PayloadType.IPMI_MESSAGE.value()) {
            inSessionRequest(s, p);
        } else if (packet.payloadType == PayloadType.SOL.value()) {
            sol.onPacket(s, p);
        }
    }

    private void ipmi15(ByteBuffer d, InetSocketAddress from) {
        try {
            Ipmi15Codec.parse(d, packet);
        } catch (MalformedPacketException e) {
            return;
        }
        ByteBuffer message = d.duplicate().position(packet.payloadOffset).limit(packet.payloadOffset + packet.payloadLength)
                .slice();
        if (packet.sessionId == 0) {
            if (packet.authType == 0) {
                sessionlessRequest(message, from, false);
            }
            return;
        }
        SimSession s = sessions.get(packet.sessionId);
        if (s == null || s.v20 || s.codec15.verify(d, packet) != Rejection.NONE) {
            return;
        }
        if (s.state == SimSession.State.CHALLENGED) {
            activateSession(s, message, from);
            return;
        }
        if (!s.window.check(packet.sequence)) {
            return;
        }
        s.window.accept(packet.sequence);
        s.lastActivityNanos = System.nanoTime();
        s.peer = from;
        inSessionRequest(s, message);
    }

    // ---------------------------------------------------------------- RMCP+ handshake

    private void openSession(ByteBuffer p, InetSocketAddress from) {
        if (p.remaining() < 32) {
            return;
        }
        int tag = p.get(0) & 0xFF;
        int privilegeNibble = p.get(1) & 0x0F;
        int consoleId = p.getInt(4);
        SecurityAlgorithms requested;
        try {
            requested = SecurityAlgorithms.decode(p.position(8));
        } catch (MalformedPacketException e) {
            sendSessionless(PayloadType.OPEN_SESSION_RESPONSE.value(),
                    new OpenSessionResponse(tag, RmcpPlusStatus.ILLEGAL_PARAMETER, null, consoleId, 0, null), from);
            return;
        }
        RmcpPlusStatus status = RmcpPlusStatus.NO_ERRORS;
        CipherSuite suite = config.suiteFor(requested);
        if (privilegeNibble > PrivilegeLevel.OEM.code()) {
            status = RmcpPlusStatus.INVALID_ROLE;
        } else if (suite == null) {
            status = config.whyNoSuite(requested);
        } else if (sessions.size() >= Math.min(config.maxSessions(), MAX_SESSION_HANDLES)) {
            status = RmcpPlusStatus.INSUFFICIENT_RESOURCES;
        }
        if (!status.isOk()) {
            sendSessionless(PayloadType.OPEN_SESSION_RESPONSE.value(),
                    new OpenSessionResponse(tag, status, null, consoleId, 0, null), from);
            return;
        }
        SimSession s = newSession(true, from);
        s.consoleId = consoleId;
        s.suite = suite;
        s.openMaxPrivilege = privilegeNibble == 0 ? PrivilegeLevel.ADMINISTRATOR : PrivilegeLevel.fromCode(privilegeNibble);
        sendSessionless(PayloadType.OPEN_SESSION_RESPONSE.value(), new OpenSessionResponse(tag, RmcpPlusStatus.NO_ERRORS,
                s.openMaxPrivilege, consoleId, s.bmcId, SecurityAlgorithms.of(suite)), from);
    }

    private void rakp1(ByteBuffer p, InetSocketAddress from) {
        if (p.remaining() < 28) {
            return;
        }
        int tag = p.get(0) & 0xFF;
        SimSession s = sessions.get(p.getInt(4));
        if (s == null || !s.v20 || s.active()) {
            sendSessionless(PayloadType.RAKP_2.value(),
                    new Rakp2(tag, RmcpPlusStatus.INVALID_SESSION_ID, 0, null, null, null), from);
            return;
        }
        byte[] consoleRandom = new byte[16];
        p.get(8, consoleRandom);
        int roleByte = p.get(24) & 0xFF;
        int nameLength = p.get(27) & 0xFF;
        RmcpPlusStatus status = RmcpPlusStatus.NO_ERRORS;
        PrivilegeLevel level = PrivilegeLevel.fromCode(roleByte & 0x0F);
        SimUser user = null;
        byte[] name = null;
        if (nameLength > 16 || p.remaining() < 28 + nameLength) {
            status = RmcpPlusStatus.INVALID_NAME_LENGTH;
        } else if (level == null || (roleByte & 0xE0) != 0) {
            status = RmcpPlusStatus.INVALID_ROLE;
        } else if (level.code() > s.openMaxPrivilege.code()) {
            status = RmcpPlusStatus.ILLEGAL_PARAMETER;
        } else {
            name = new byte[nameLength];
            p.get(28, name);
            user = users.byName(name);
            if (user == null || !user.enabled() || !user.maxPrivilege().covers(level)) {
                status = RmcpPlusStatus.UNAUTHORIZED_NAME;
            }
        }
        if (!status.isOk()) {
            remove(s);
            sendSessionless(PayloadType.RAKP_2.value(), new Rakp2(tag, status, s.consoleId, null, null, null), from);
            return;
        }
        s.consoleRandom = consoleRandom;
        s.bmcRandom = new byte[16];
        RANDOM.nextBytes(s.bmcRandom);
        s.role = new RakpRole(level, (roleByte & 0x10) != 0);
        s.userName = name;
        s.user = user;
        s.rakpTag = tag;
        s.lastActivityNanos = System.nanoTime();
        byte[] code;
        byte[] kuid = RakpMath.kuid(user.passwordRef());
        try {
            code = RakpMath.rakp2AuthCode(s.suite.authentication(), kuid, s.consoleId, s.bmcId, consoleRandom,
                    s.bmcRandom, config.guid(), s.role, name, CRYPTO);
        } catch (UnsupportedAlgorithmException e) {
            remove(s);
            sendSessionless(PayloadType.RAKP_2.value(),
                    new Rakp2(tag, RmcpPlusStatus.INVALID_AUTHENTICATION_ALGORITHM, s.consoleId, null, null, null), from);
            return;
        } finally {
            Arrays.fill(kuid, (byte) 0);
        }
        if (faults.zeroRakp2AuthCode()) {
            Arrays.fill(code, (byte) 0);
        }
        s.state = SimSession.State.RAKP2_SENT;
        ByteBuffer body = encode(new Rakp2(tag, RmcpPlusStatus.NO_ERRORS, s.consoleId, s.bmcRandom, config.guid(), code));
        sendSessionless(PayloadType.RAKP_2.value(), shorten(body), from);
    }

    private void rakp3(ByteBuffer p, InetSocketAddress from) {
        if (p.remaining() < 8) {
            return;
        }
        int tag = p.get(0) & 0xFF;
        int status = p.get(1) & 0xFF;
        SimSession s = sessions.get(p.getInt(4));
        if (s == null || !s.v20 || s.state != SimSession.State.RAKP2_SENT) {
            sendSessionless(PayloadType.RAKP_4.value(),
                    encode(new Rakp4(tag, RmcpPlusStatus.INVALID_SESSION_ID, 0, new byte[0])), from);
            return;
        }
        if (status != 0) {
            remove(s); // the console gave up (section 13.22)
            return;
        }
        byte[] received = new byte[p.remaining() - 8];
        p.get(8, received);
        byte[] kuid = RakpMath.kuid(s.user.passwordRef());
        try {
            byte[] expected = RakpMath.rakp3AuthCode(s.suite.authentication(), kuid, s.bmcRandom, s.consoleId, s.role,
                    s.userName, CRYPTO);
            if (!RakpMath.constantTimeEquals(expected, received)) {
                remove(s);
                sendSessionless(PayloadType.RAKP_4.value(), encode(new Rakp4(tag,
                        RmcpPlusStatus.INVALID_INTEGRITY_CHECK_VALUE, s.consoleId, new byte[0])), from);
                return;
            }
            byte[] icv;
            try (SessionKeys keys = RakpMath.sessionKeys(s.suite.authentication(), config.kg(), kuid, s.consoleRandom,
                    s.bmcRandom, s.role, s.userName, CRYPTO)) {
                s.integrity = Integrity.create(s.suite.integrity(), keys, CRYPTO);
                s.confidentiality = Confidentiality.create(s.suite.confidentiality(), keys, RANDOM, CRYPTO);
                icv = RakpMath.rakp4Icv(s.suite.authentication(), keys.sik(), s.consoleRandom, s.bmcId, config.guid(),
                        CRYPTO);
            }
            s.codec = new RmcpPlusCodec(s.consoleId, s.integrity, s.confidentiality);
            s.window = SequenceWindow.v20();
            s.outSequence = 1;
            s.maxPrivilege = s.role.privilege();
            s.privilege = lower(s.maxPrivilege, PrivilegeLevel.USER);
            s.state = SimSession.State.ACTIVE;
            s.lastActivityNanos = System.nanoTime();
            sendSessionless(PayloadType.RAKP_4.value(),
                    shorten(encode(new Rakp4(tag, RmcpPlusStatus.NO_ERRORS, s.consoleId, icv))), from);
        } catch (UnsupportedAlgorithmException e) {
            remove(s);
            sendSessionless(PayloadType.RAKP_4.value(), encode(new Rakp4(tag,
                    RmcpPlusStatus.INVALID_INTEGRITY_ALGORITHM, s.consoleId, new byte[0])), from);
        } finally {
            Arrays.fill(kuid, (byte) 0);
        }
    }

    private ByteBuffer shorten(ByteBuffer body) {
        if (faults.wrongLengthRakp()) {
            body.limit(body.limit() - 1);
        }
        return body;
    }

    private static PrivilegeLevel lower(PrivilegeLevel a, PrivilegeLevel b) {
        return a.code() <= b.code() ? a : b;
    }

    // ---------------------------------------------------------------- IPMI 1.5 handshake

    /** Get Session Challenge (section 22.16): sessionless, creates a temporary session slot. */
    private Reply sessionChallenge(byte[] data, InetSocketAddress from) {
        if (data.length < 17) {
            return Reply.cc(0xC7);
        }
        AuthType type = AuthType.fromCode(data[0] & 0x0F);
        if (type == null || !config.ipmi15AuthTypes().contains(type)) {
            return Reply.cc(0xCC);
        }
        int n = 0;
        while (n < 16 && data[1 + n] != 0) {
            n++;
        }
        if (n == 0) {
            return Reply.cc(0x82);
        }
        SimUser user = users.byName(Arrays.copyOfRange(data, 1, 1 + n));
        if (user == null || !user.enabled()) {
            return Reply.cc(0x81);
        }
        if (sessions.size() >= MAX_SESSION_HANDLES) {
            return Reply.cc(CompletionCode.NODE_BUSY.value()); // no room even for a temporary session
        }
        Ipmi15AuthCode auth;
        try {
            auth = Ipmi15AuthCode.create(type, Arrays.copyOf(user.passwordRef(), Math.min(16, user.passwordRef().length)),
                    CRYPTO);
        } catch (UnsupportedAlgorithmException e) {
            return Reply.cc(0xCC);
        }
        SimSession s = newSession(false, from);
        s.user = user;
        s.authType = type;
        s.auth15 = auth;
        s.codec15 = new Ipmi15Codec(s.bmcId, auth, false);
        s.challenge = new byte[16];
        RANDOM.nextBytes(s.challenge);
        ByteBuffer r = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
        r.putInt(s.bmcId).put(s.challenge);
        return Reply.ok(r.array());
    }

    /** Activate Session (section 22.17): the first message inside the temporary session. */
    private void activateSession(SimSession s, ByteBuffer message, InetSocketAddress from) {
        IpmiLanRequest req;
        try {
            req = IpmiLanRequest.decode(message);
        } catch (MalformedPacketException e) {
            return;
        }
        if (req.netFn().code() != 0x06 || req.command() != 0x3A) {
            return;
        }
        byte[] data = req.data();
        Reply reply;
        if (data.length < 22) {
            reply = Reply.cc(0xC7);
        } else {
            PrivilegeLevel wanted = PrivilegeLevel.fromCode(data[1] & 0x0F);
            ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
            int initialOutbound = b.getInt(18);
            if ((data[0] & 0x0F) != s.authType.code()) {
                reply = Reply.cc(0xCC);
            } else if (!Arrays.equals(Arrays.copyOfRange(data, 2, 18), s.challenge)) {
                reply = Reply.cc(0x85);
            } else if (wanted == null) {
                reply = Reply.cc(0xCC);
            } else if (!s.user.maxPrivilege().covers(wanted)) {
                reply = Reply.cc(0x86);
            } else if (activeSessions().size() >= config.maxSessions()) {
                reply = Reply.cc(0x81); // no session slot available
            } else if (initialOutbound == 0) {
                reply = Reply.cc(0x84);
            } else {
                int inbound = RANDOM.nextInt(0x7FFF_FFF0) + 1;
                s.window = SequenceWindow.v15();
                s.window.accept(inbound - 1 == 0 ? -1 : inbound - 1);
                s.outSequence = initialOutbound;
                s.maxPrivilege = wanted;
                s.privilege = lower(wanted, PrivilegeLevel.USER);
                s.state = SimSession.State.ACTIVE;
                s.lastActivityNanos = System.nanoTime();
                ByteBuffer r = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
                r.put((byte) s.authType.code()).putInt(s.bmcId).putInt(inbound).put((byte) wanted.code());
                reply = Reply.ok(r.array());
            }
        }
        // Success: the reply already counts as the first BMC->console message, numbered with the
        // console's initial outbound sequence number (FreeIPMI starts its window there).
        respond(s, req, reply, from, reply.completionCode() == 0 ? -1 : 0);
        if (reply.completionCode() != 0) {
            remove(s);
        }
    }

    // ---------------------------------------------------------------- IPMI messages

    private void sessionlessRequest(ByteBuffer message, InetSocketAddress from, boolean v20) {
        IpmiLanRequest req;
        try {
            req = IpmiLanRequest.decode(message);
        } catch (MalformedPacketException e) {
            return;
        }
        int key = req.netFn().code() << 8 | req.command();
        Reply reply = switch (key) {
            case 0x0638 -> authCapabilities(req.data());
            case 0x0639 -> v20 ? null : sessionChallenge(req.data(), from);
            case 0x0654 -> cipherSuites(req.data());
            default -> null;
        };
        if (reply == null) {
            return; // only these work outside a session
        }
        ByteBuffer msg = responseMessage(req, reply);
        ByteBuffer out = tx();
        if (v20) {
            RmcpPlusCodec.encodeSessionless(PayloadType.IPMI_MESSAGE.value(), msg, out);
        } else {
            Ipmi15Codec.encodeSessionless(msg, out);
        }
        send(out, from);
    }

    private void inSessionRequest(SimSession s, ByteBuffer message) {
        IpmiLanRequest req;
        try {
            req = IpmiLanRequest.decode(message);
        } catch (MalformedPacketException e) {
            return;
        }
        Reply reply;
        Reply invalid;
        int key = req.netFn().code() << 8 | req.command();
        PrivilegeLevel required = router.privilegeFor(req.netFn(), req.command(), req.data());
        long now = System.nanoTime();
        Reply repeated = s.recent.find(req.rqSeq(), key, req.data(), now);
        if (repeated != null) {
            reply = repeated; // a retransmission: answer again, do not run the command twice
        } else if (faults.nodeBusy()) {
            reply = Reply.cc(CompletionCode.NODE_BUSY.value());
        } else if (required != null && !s.privilege.covers(required)) {
            reply = Reply.cc(CompletionCode.INSUFFICIENT_PRIVILEGE.value());
        } else if (config.rawHandler() == null && (invalid = router.validate(req)) != null) {
            reply = invalid;
        } else {
            reply = switch (key) {
                case 0x0638 -> authCapabilities(req.data());
                case 0x0654 -> cipherSuites(req.data());
                case 0x063B -> setSessionPrivilege(s, req.data());
                case 0x063C -> closeSession(s, req.data());
                case 0x063D -> sessionInfo(s, req.data());
                case 0x0634 -> sendMessage(s, req.data());
                default -> router.handle(s, req);
            };
            if (reply.completionCode() != CompletionCode.NODE_BUSY.value()) {
                s.recent.remember(req.rqSeq(), key, req.data(), reply, now);
            }
        }
        boolean closeAfterReply = closingSelf;
        closingSelf = false;
        long delay = faults.answerDelayNanos();
        InetSocketAddress to = s.peer;
        if (delay > 0) {
            engine.schedule(delay, () -> reply(s, req, reply, to, closeAfterReply));
        } else {
            reply(s, req, reply, to, closeAfterReply);
        }
    }

    private void reply(SimSession s, IpmiLanRequest req, Reply reply, InetSocketAddress to, boolean thenClose) {
        respond(s, req, reply, to, -1);
        if (thenClose) {
            remove(s);
        }
    }

    /** Sends a response in session {@code s}; {@code sequence} -1 means the next outbound number. */
    private void respond(SimSession s, IpmiLanRequest req, Reply reply, InetSocketAddress to, int sequence) {
        if (s.v20 ? s.codec == null : s.codec15 == null) {
            return; // closed meanwhile
        }
        ByteBuffer msg = responseMessage(req, reply);
        ByteBuffer out = tx();
        if (s.v20) {
            s.codec.encode(PayloadType.IPMI_MESSAGE.value(), s.nextOutSequence(), msg, out);
        } else {
            s.codec15.encode(sequence >= 0 ? sequence : s.nextOutSequence(), msg, out);
        }
        send(out, to);
    }

    private ByteBuffer responseMessage(IpmiLanRequest req, Reply reply) {
        IpmiLanResponse resp = new IpmiLanResponse(req.rqAddr(), req.netFn(), req.rqLun(), req.rsAddr(), req.rqSeq(),
                req.rsLun(), req.command(), CompletionCode.of(reply.completionCode()), reply.data());
        ByteBuffer b = ByteBuffer.allocate(resp.encodedLength());
        resp.encode(b);
        if (faults.badChecksums()) {
            b.put(b.limit() - 1, (byte) (b.get(b.limit() - 1) + 1));
        }
        return b.flip();
    }

    // ---------------------------------------------------------------- session commands

    /** Get Channel Authentication Capabilities (section 22.13), v1.5 form plus the v2.0 extension bits. */
    private Reply authCapabilities(byte[] data) {
        if (data.length < 2) {
            return Reply.cc(0xC7);
        }
        int channel = data[0] & 0x0F;
        if (channel != 0x0E && channel != CHANNEL) {
            return Reply.cc(0xCC);
        }
        boolean extended = (data[0] & 0x80) != 0;
        int types = 0;
        for (AuthType t : config.ipmi15AuthTypes()) {
            types |= t.capabilityBit();
        }
        int status = 0x04 | (config.kg() != null ? 0x20 : 0);
        return Reply.ok((byte) CHANNEL, (byte) (types | (extended ? 0x80 : 0)), (byte) status,
                (byte) (extended ? 0x02 | (config.ipmi15AuthTypes().isEmpty() ? 0 : 0x01) : 0), (byte) 0, (byte) 0,
                (byte) 0, (byte) 0);
    }

    /** Get Channel Cipher Suites (section 22.15): 16 bytes of the record list per page. */
    private Reply cipherSuites(byte[] data) {
        if (data.length < 3) {
            return Reply.cc(0xC7);
        }
        int channel = data[0] & 0x0F;
        if (channel != 0x0E && channel != CHANNEL) {
            return Reply.cc(0xCC);
        }
        if ((data[1] & 0x3F) != 0) {
            return Reply.cc(0x80); // only the IPMI payload has suites here
        }
        byte[] records = config.cipherSuiteRecords();
        int index = data[2] & 0x3F;
        int from = Math.min(index * 16, records.length);
        int to = Math.min(from + 16, records.length);
        byte[] r = new byte[1 + to - from];
        r[0] = (byte) CHANNEL;
        System.arraycopy(records, from, r, 1, to - from);
        return Reply.ok(r);
    }

    /** Set Session Privilege Level (section 22.18). */
    private Reply setSessionPrivilege(SimSession s, byte[] data) {
        if (data.length < 1) {
            return Reply.cc(0xC7);
        }
        int wanted = data[0] & 0x0F;
        if (wanted == 0) {
            return Reply.ok((byte) s.privilege.code());
        }
        PrivilegeLevel level = PrivilegeLevel.fromCode(wanted);
        if (level == null || level == PrivilegeLevel.CALLBACK) {
            return Reply.cc(0x80);
        }
        if (!s.maxPrivilege.covers(level)) {
            return Reply.cc(0x81);
        }
        s.privilege = level;
        return Reply.ok((byte) level.code());
    }

    /** Close Session (section 22.19): by ID, or by handle when the ID is 0. */
    private Reply closeSession(SimSession s, byte[] data) {
        if (data.length < 4) {
            return Reply.cc(0xC7);
        }
        int id = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).getInt(0);
        SimSession target;
        if (id == 0) {
            if (data.length < 5) {
                return Reply.cc(0x88);
            }
            target = byHandle(data[4] & 0xFF);
            if (target == null) {
                return Reply.cc(0x88);
            }
        } else {
            target = sessions.get(id);
            if (target == null || !target.active()) {
                return Reply.cc(0x87);
            }
        }
        if (target != s && !s.privilege.covers(PrivilegeLevel.ADMINISTRATOR)) {
            return Reply.cc(CompletionCode.INSUFFICIENT_PRIVILEGE.value());
        }
        if (target == s) {
            closingSelf = true; // answered inside the session, then removed
        } else {
            remove(target);
        }
        return Reply.ok();
    }

    /** Get Session Info (section 22.20): current (00h), nth active, by handle (FEh) or by ID (FFh). */
    private Reply sessionInfo(SimSession s, byte[] data) {
        if (data.length < 1) {
            return Reply.cc(0xC7);
        }
        int index = data[0] & 0xFF;
        SimSession target;
        if (index == 0) {
            target = s;
        } else if (index == 0xFE) {
            if (data.length < 2) {
                return Reply.cc(0xC7);
            }
            target = byHandle(data[1] & 0xFF);
        } else if (index == 0xFF) {
            if (data.length < 5) {
                return Reply.cc(0xC7);
            }
            target = sessions.get(ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).getInt(1));
        } else {
            target = activeSessions().stream().skip(index - 1L).findFirst().orElse(null);
        }
        int active = activeSessions().size();
        int max = Math.min(config.maxSessions(), MAX_SESSION_HANDLES);
        if (target == null || !target.active()) {
            return Reply.ok((byte) 0, (byte) max, (byte) active);
        }
        ByteBuffer r = ByteBuffer.allocate(18).order(ByteOrder.BIG_ENDIAN);
        r.put((byte) target.handle).put((byte) max).put((byte) active).put((byte) target.user.id())
                .put((byte) target.privilege.code()).put((byte) ((target.v20 ? 0x10 : 0) | CHANNEL));
        byte[] ip = target.peer.getAddress().getAddress();
        r.put(ip.length == 4 ? ip : new byte[4]);
        r.put(new byte[6]); // console MAC: unknown behind UDP
        r.put((byte) target.peer.getPort()).put((byte) (target.peer.getPort() >>> 8)); // LS-byte first
        return Reply.ok(r.array());
    }

    /**
     * Send Message (section 22.7) to IPMB channel 0: the BMC itself (20h) or a configured
     * satellite controller. The Send Message answer comes first; the target's answer follows
     * as its own LAN message, addressed by the embedded request's sequence number and command
     * (section 6.12.4, "tracked" bridging), which is how ipmitool {@code -t} reads it.
     */
    private Reply sendMessage(SimSession s, byte[] data) {
        if (data.length < 8) {
            return Reply.cc(0xC7);
        }
        if ((data[0] & 0x0F) != 0) {
            return Reply.cc(0xCC); // only the primary IPMB
        }
        IpmiLanRequest inner;
        try {
            inner = IpmiLanRequest.decode(ByteBuffer.wrap(data, 1, data.length - 1).slice());
        } catch (MalformedPacketException e) {
            return Reply.cc(0xCC);
        }
        Reply answer;
        if (inner.rsAddr() == BMC_ADDRESS) {
            PrivilegeLevel required = router.privilegeFor(inner.netFn(), inner.command(), inner.data());
            answer = required != null && !s.privilege.covers(required)
                    ? Reply.cc(CompletionCode.INSUFFICIENT_PRIVILEGE.value()) : router.handle(s, inner);
        } else if (config.satellites().contains(inner.rsAddr())) {
            answer = inner.netFn().code() == 0x06 && inner.command() == 0x01
                    ? Reply.ok((byte) inner.rsAddr(), (byte) 0x01, (byte) 0x01, (byte) 0x00, (byte) 0x02, (byte) 0x01,
                            (byte) 0x91, (byte) 0x12, (byte) 0x00, (byte) 0x01, (byte) 0x00)
                    : Reply.cc(CompletionCode.INVALID_COMMAND.value());
        } else {
            return Reply.cc(0x83); // NAK on write: nobody at that address
        }
        InetSocketAddress to = s.peer;
        engine.schedule(TimeUnit.MILLISECONDS.toNanos(2), () -> bridgedAnswer(s, inner, answer, to));
        return Reply.ok();
    }

    private void bridgedAnswer(SimSession s, IpmiLanRequest inner, Reply answer, InetSocketAddress to) {
        if (s.codec == null && s.codec15 == null) {
            return;
        }
        // The target answers the embedded request: its own address is the responder.
        IpmiLanResponse resp = new IpmiLanResponse(inner.rqAddr(), inner.netFn(), inner.rqLun(), inner.rsAddr(),
                inner.rqSeq(), inner.rsLun(), inner.command(), CompletionCode.of(answer.completionCode()), answer.data());
        ByteBuffer msg = ByteBuffer.allocate(resp.encodedLength());
        resp.encode(msg);
        msg.flip();
        ByteBuffer out = tx();
        if (s.v20) {
            s.codec.encode(PayloadType.IPMI_MESSAGE.value(), s.nextOutSequence(), msg, out);
        } else {
            s.codec15.encode(s.nextOutSequence(), msg, out);
        }
        send(out, to);
    }

    // ---------------------------------------------------------------- session table

    private SimSession newSession(boolean v20, InetSocketAddress from) {
        int id;
        do {
            id = RANDOM.nextInt();
        } while (id == 0 || sessions.containsKey(id));
        int handle = 1;
        while (byHandle(handle) != null) {
            handle++;
        }
        SimSession s = new SimSession(id, handle, v20, from, System.nanoTime());
        sessions.put(id, s);
        scheduleSweep();
        return s;
    }

    private SimSession byHandle(int handle) {
        for (SimSession s : sessions.values()) {
            if (s.handle == handle) {
                return s;
            }
        }
        return null;
    }

    List<SimSession> activeSessions() {
        List<SimSession> list = new ArrayList<>();
        for (SimSession s : sessions.values()) {
            if (s.active()) {
                list.add(s);
            }
        }
        list.sort((a, b) -> Integer.compare(a.handle, b.handle));
        return list;
    }

    SimSession session(int bmcId) {
        return sessions.get(bmcId);
    }

    void remove(SimSession s) {
        if (sessions.remove(s.bmcId) != null) {
            sol.onSessionClosed(s);
            s.destroy();
        }
    }

    /** As after a BMC reboot: every session is gone, nobody is told. */
    void forgetAll() {
        for (SimSession s : new ArrayList<>(sessions.values())) {
            remove(s);
        }
    }

    private void scheduleSweep() {
        if (!sweepScheduled) {
            sweepScheduled = true;
            engine.schedule(TimeUnit.MILLISECONDS.toNanos(Math.min(1000, Math.max(50, config.idleTimeout().toMillis() / 4))),
                    this::sweep);
        }
    }

    private void sweep() {
        sweepScheduled = false;
        long now = System.nanoTime();
        long limit = config.idleTimeout().toNanos();
        for (SimSession s : new ArrayList<>(sessions.values())) {
            if (now - s.lastActivityNanos > limit) {
                remove(s);
            }
        }
        if (!sessions.isEmpty()) {
            scheduleSweep();
        }
    }

    // ---------------------------------------------------------------- output helpers

    void sendSol(SimSession s, ByteBuffer solPayload) {
        if (s.codec == null) {
            return;
        }
        ByteBuffer out = tx();
        s.codec.encode(PayloadType.SOL.value(), s.nextOutSequence(), solPayload, out);
        send(out, s.peer);
    }

    private void sendSessionless(int payloadType, OpenSessionResponse r, InetSocketAddress to) {
        ByteBuffer b = ByteBuffer.allocate(r.encodedLength());
        r.encode(b);
        sendSessionless(payloadType, b.flip(), to);
    }

    private void sendSessionless(int payloadType, Rakp2 r, InetSocketAddress to) {
        sendSessionless(payloadType, encode(r), to);
    }

    private static ByteBuffer encode(Rakp2 r) {
        ByteBuffer b = ByteBuffer.allocate(r.encodedLength());
        r.encode(b);
        return b.flip();
    }

    private static ByteBuffer encode(Rakp4 r) {
        ByteBuffer b = ByteBuffer.allocate(r.encodedLength());
        r.encode(b);
        return b.flip();
    }

    private void sendSessionless(int payloadType, ByteBuffer payload, InetSocketAddress to) {
        ByteBuffer out = tx();
        RmcpPlusCodec.encodeSessionless(payloadType, payload, out);
        send(out, to);
    }

    private void send(ByteBuffer out, InetSocketAddress to) {
        out.flip();
        engine.send(out, to);
    }

    private ByteBuffer tx() {
        if (tx == null) {
            tx = ByteBuffer.allocate(2048);
        }
        return tx.clear();
    }

    private ByteBuffer plain() {
        if (plain == null) {
            plain = ByteBuffer.allocate(2048);
        }
        return plain.clear();
    }
}
