package dev.ipmi.benchmarks;

import dev.ipmi.benchmarks.peer.PeerGetDeviceId;
import dev.ipmi.benchmarks.peer.PeerSuites;
import dev.ipmi.core.IpmiException;
import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CompletionCode;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.session.InboundPacket;
import dev.ipmi.core.session.Ipmi15Codec;
import dev.ipmi.core.session.Rejection;
import dev.ipmi.core.session.RmcpPlusCodec;
import dev.ipmi.core.wire.IpmiLanRequest;
import dev.ipmi.core.wire.IpmiLanResponseView;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.metricshub.ipmi.core.coding.Decoder;
import org.metricshub.ipmi.core.coding.Encoder;
import org.metricshub.ipmi.core.coding.commands.IpmiCommandCoder;
import org.metricshub.ipmi.core.coding.commands.ResponseData;
import org.metricshub.ipmi.core.coding.commands.chassis.GetChassisStatus;
import org.metricshub.ipmi.core.coding.commands.sdr.GetSensorReading;
import org.metricshub.ipmi.core.coding.commands.IpmiVersion;
import org.metricshub.ipmi.core.coding.payload.lan.IPMIException;
import org.metricshub.ipmi.core.coding.protocol.AuthenticationType;
import org.metricshub.ipmi.core.coding.protocol.decoder.Protocolv20Decoder;
import org.metricshub.ipmi.core.coding.protocol.encoder.Protocolv20Encoder;
import org.metricshub.ipmi.core.coding.security.CipherSuite;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-packet path of an established session: encode one in-session request into a whole
 * datagram (IPMI LAN message, RMCP+ header, AES-CBC-128 payload, integrity pad and auth code),
 * and decode the BMC's response datagram down to the typed response (Get Device ID, Get Chassis
 * Status, Get Sensor Reading), for cipher suites 0, 3, 17
 * and IPMI 1.5 with MD5 auth codes; and, in the same run, the peer library (MetricsHub
 * ipmi-java) doing the same with its own API.
 *
 * <p>Ours: codecs, keyed integrity / confidentiality, buffers, view and {@link InboundPacket}
 * are created once per session (trial) and reused, as the client engine does. Decoding runs
 * the inbound order of the design: parse, session id check, constant-time integrity check,
 * decrypt, LAN checksums, request match, completion code, typed decode. The sequence window
 * (a bitmask update) is left out because every invocation replays the same response.
 *
 * <p>Peer: one {@code CipherSuite} (keyed from the same SIK), encoder, decoder and command coder
 * per session, reused; its API returns a fresh {@code byte[]} per encoded datagram and a fresh
 * message tree per decoded one, which is part of what is measured.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class InSessionCodecBenchmark {
    /** Response sequence number the BMC used: any value, since the window is not modelled. */
    static final int RESPONSE_SEQUENCE = 7;
    /** Request sequence the canned response echoes. */
    static final int RESPONSE_RQ_SEQ = 5;
    private static final int MAX_DATAGRAM = 512;

    /** Our side of an RMCP+ session. */
    @State(Scope.Thread)
    public static class Ours {
        @Param({"0", "3", "17"})
        public int suite;
        @Param({"GET_DEVICE_ID", "GET_CHASSIS_STATUS", "GET_SENSOR_READING"})
        public Command command;

        RmcpPlusCodec client;
        IpmiRequest<?> request;
        final ByteBuffer payload = ByteBuffer.allocate(MAX_DATAGRAM);
        final ByteBuffer datagram = ByteBuffer.allocate(MAX_DATAGRAM);
        final ByteBuffer plain = ByteBuffer.allocate(MAX_DATAGRAM);
        final InboundPacket packet = new InboundPacket();
        final IpmiLanResponseView view = new IpmiLanResponseView();
        ByteBuffer response;
        int sequence;
        int rqSeq;

        @Setup(Level.Trial)
        public void setUp() throws IpmiException {
            client = Sessions.rmcpPlus(Sessions.suite(suite), Sessions.BMC_SESSION_ID, new SecureRandom());
            request = command.request();
            response = ByteBuffer.wrap(Sessions.rmcpPlusResponse(Sessions.suite(suite), command, RESPONSE_RQ_SEQ,
                    RESPONSE_SEQUENCE));
        }
    }

    /** Our side of an IPMI 1.5 session with MD5 auth codes. */
    @State(Scope.Thread)
    public static class Ours15 {
        Ipmi15Codec client;
        final IpmiRequest<?> request = Command.GET_DEVICE_ID.request();
        final ByteBuffer message = ByteBuffer.allocate(MAX_DATAGRAM);
        final ByteBuffer datagram = ByteBuffer.allocate(MAX_DATAGRAM);
        final ByteBuffer plain = ByteBuffer.allocate(MAX_DATAGRAM);
        final InboundPacket packet = new InboundPacket();
        final IpmiLanResponseView view = new IpmiLanResponseView();
        ByteBuffer response;
        int sequence;
        int rqSeq;

        @Setup(Level.Trial)
        public void setUp() throws IpmiException {
            client = Sessions.ipmi15Md5();
            response = ByteBuffer.wrap(Sessions.ipmi15Response(Command.GET_DEVICE_ID, RESPONSE_RQ_SEQ,
                    RESPONSE_SEQUENCE));
        }
    }

    /** The peer's side of an RMCP+ session. */
    @State(Scope.Thread)
    public static class Peer {
        @Param({"0", "3", "17"})
        public int suite;
        @Param({"GET_DEVICE_ID", "GET_CHASSIS_STATUS", "GET_SENSOR_READING"})
        public Command command;

        IpmiCommandCoder coder;
        final Protocolv20Encoder encoder = new Protocolv20Encoder();
        Protocolv20Decoder decoder;
        byte[] response;
        int sequence;
        int rqSeq;

        @Setup(Level.Trial)
        public void setUp() throws GeneralSecurityException, IpmiException {
            CipherSuite cs = PeerSuites.keyed(suite);
            coder = switch (command) {
                case GET_DEVICE_ID -> new PeerGetDeviceId(cs);
                case GET_CHASSIS_STATUS -> new GetChassisStatus(IpmiVersion.V20, cs, AuthenticationType.RMCPPlus);
                case GET_SENSOR_READING -> new GetSensorReading(IpmiVersion.V20, cs, AuthenticationType.RMCPPlus,
                        Command.SENSOR_NUMBER);
            };
            decoder = new Protocolv20Decoder(cs);
            // The very bytes our decode benchmark reads.
            response = Sessions.rmcpPlusResponse(Sessions.suite(suite), command, RESPONSE_RQ_SEQ, RESPONSE_SEQUENCE);
        }
    }

    /** Our request: IPMI LAN message written into the reused payload buffer, then sealed into the datagram buffer. */
    @Benchmark
    public ByteBuffer oursEncodeRequest(Ours s) {
        s.rqSeq = s.rqSeq + 1 & 0x3F;
        ByteBuffer payload = s.payload.clear();
        IpmiLanRequest.encode(payload, Sessions.BMC_ADDRESS, 0, Sessions.CONSOLE_ADDRESS, s.rqSeq, 0, s.request);
        payload.flip();
        ByteBuffer out = s.datagram.clear();
        s.client.encode(0, ++s.sequence, payload, out);
        return out.flip();
    }

    /** Our response path down to the typed response record. */
    @Benchmark
    public Object oursDecodeResponse(Ours s) throws IpmiException {
        ByteBuffer data = openRmcpPlus(s);
        return s.request.decodeResponse(data);
    }

    /**
     * Our response path down to the validated response view (no typed record): the session
     * and LAN framing cost alone. Returns the first data byte.
     */
    @Benchmark
    public int oursDecodeResponseView(Ours s) throws IpmiException {
        ByteBuffer data = openRmcpPlus(s);
        return data.get(data.position());
    }

    /** IPMI 1.5 MD5: our Get Device ID request datagram. */
    @Benchmark
    public ByteBuffer ours15EncodeRequest(Ours15 s) {
        s.rqSeq = s.rqSeq + 1 & 0x3F;
        ByteBuffer message = s.message.clear();
        IpmiLanRequest.encode(message, Sessions.BMC_ADDRESS, 0, Sessions.CONSOLE_ADDRESS, s.rqSeq, 0, s.request);
        message.flip();
        ByteBuffer out = s.datagram.clear();
        s.client.encode(++s.sequence, message, out);
        return out.flip();
    }

    /** IPMI 1.5 MD5: our Get Device ID response path down to the typed record. */
    @Benchmark
    public Object ours15DecodeResponse(Ours15 s) throws IpmiException {
        ByteBuffer d = s.response;
        InboundPacket p = s.packet;
        Ipmi15Codec.parse(d, p);
        if (p.sessionId != Sessions.BMC_SESSION_ID) {
            throw new MalformedPacketException("session id " + p.sessionId);
        }
        Rejection r = s.client.verify(d, p);
        if (r != Rejection.NONE) {
            throw new MalformedPacketException("rejected: " + r);
        }
        ByteBuffer plain = s.plain.clear();
        int n = Ipmi15Codec.open(d, p, plain);
        return s.request.decodeResponse(lanData(s.view, plain.flip(), n, s.request));
    }

    /** The peer's request datagram ({@code Encoder.encode} returns a new array). */
    @Benchmark
    public byte[] peerEncodeRequest(Peer s) throws GeneralSecurityException {
        s.rqSeq = s.rqSeq + 1 & 0x3F;
        return Encoder.encode(s.encoder, s.coder, s.rqSeq, ++s.sequence, Sessions.BMC_SESSION_ID);
    }

    /** The peer's response path down to its response object. */
    @Benchmark
    public ResponseData peerDecodeResponse(Peer s) throws GeneralSecurityException, IPMIException {
        return Decoder.decode(s.response, s.decoder, s.coder);
    }

    /** Parse, session id, integrity, decrypt, LAN checksums, request match; returns the response data. */
    static ByteBuffer openRmcpPlus(Ours s) throws MalformedPacketException {
        ByteBuffer d = s.response;
        InboundPacket p = s.packet;
        RmcpPlusCodec.parse(d, p);
        if (p.sessionId != Sessions.CONSOLE_SESSION_ID || p.payloadType != 0) {
            throw new MalformedPacketException("not ours: " + p);
        }
        Rejection r = s.client.verify(d, p);
        if (r != Rejection.NONE) {
            throw new MalformedPacketException("rejected: " + r);
        }
        ByteBuffer plain = s.plain.clear();
        int n = s.client.open(d, p, plain);
        return lanData(s.view, plain.flip(), n, s.request);
    }

    /** Validates the LAN response in {@code plain} and narrows it to the response data, in place. */
    static ByteBuffer lanData(IpmiLanResponseView view, ByteBuffer plain, int length, IpmiRequest<?> request)
            throws MalformedPacketException {
        plain.limit(length);
        view.wrap(plain);
        if (view.rqSeq() != RESPONSE_RQ_SEQ || !view.answers(request.spec().netFn(), request.spec().command())) {
            throw new MalformedPacketException("response does not match the request");
        }
        if (view.completionCode() != CompletionCode.NORMAL) {
            throw new MalformedPacketException("completion code " + view.completionCode());
        }
        int at = view.dataOffset();
        return plain.limit(at + view.dataLength()).position(at);
    }
}
