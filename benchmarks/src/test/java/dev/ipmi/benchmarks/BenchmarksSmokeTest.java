package dev.ipmi.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.benchmarks.peer.PeerGetDeviceId;
import dev.ipmi.benchmarks.peer.PeerSuites;
import dev.ipmi.core.command.app.GetDeviceId;
import dev.ipmi.core.command.chassis.GetChassisStatus;
import dev.ipmi.core.command.sensor.GetSensorReading;
import dev.ipmi.core.crypto.AuthenticationAlgorithm;
import dev.ipmi.core.session.InboundPacket;
import dev.ipmi.core.session.Ipmi15Codec;
import dev.ipmi.core.session.Rejection;
import dev.ipmi.core.session.RmcpPlusCodec;
import dev.ipmi.core.wire.IpmiLanRequest;
import dev.ipmi.sdr.CompactSensorRecord;
import dev.ipmi.sdr.FullSensorRecord;
import dev.ipmi.sdr.SdrRecord;
import dev.ipmi.sol.SolPacket;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.metricshub.ipmi.core.coding.commands.chassis.GetChassisStatusResponseData;
import org.metricshub.ipmi.core.coding.commands.sdr.GetSensorReadingResponseData;
import org.metricshub.ipmi.core.coding.payload.sol.SolInboundMessage;
import org.metricshub.ipmi.core.coding.security.CipherSuite;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Quick mode of the benchmarks for CI: every benchmark method runs a few thousand times and
 * its results are checked (what ours and the peer's encoders wrote is verified and decrypted by
 * an independent BMC-side codec; what the decoders return is the response the BMC sent), then
 * the JMH harness runs every benchmark once, in process, with one short iteration. No timings
 * are asserted.
 */
class BenchmarksSmokeTest {
    private static final int ROUNDS = 2_000;
    private final InSessionCodecBenchmark bench = new InSessionCodecBenchmark();

    static Collection<Arguments> suitesAndCommands() {
        return Arrays.stream(new int[] {0, 3, 17}).boxed()
                .flatMap(s -> Arrays.stream(Command.values()).map(c -> Arguments.of(s, c))).toList();
    }

    @ParameterizedTest
    @MethodSource("suitesAndCommands")
    void oursEncodesDatagramsTheBmcAcceptsAndDecodesTheBmcsResponse(int suite, Command command) throws Exception {
        InSessionCodecBenchmark.Ours s = new InSessionCodecBenchmark.Ours();
        s.suite = suite;
        s.command = command;
        s.setUp();
        ByteBuffer datagram = null;
        for (int i = 0; i < ROUNDS; i++) {
            datagram = bench.oursEncodeRequest(s);
        }
        assertBmcAccepts(suite, command, copy(datagram), ROUNDS);

        Object typed = null;
        int first = 0;
        for (int i = 0; i < ROUNDS; i++) {
            typed = bench.oursDecodeResponse(s);
            first = bench.oursDecodeResponseView(s);
        }
        assertEquals(command.responseData()[0] & 0xFF, first);
        assertOursDecoded(command, typed);
    }

    @ParameterizedTest
    @MethodSource("suitesAndCommands")
    void peerEncodesDatagramsTheBmcAcceptsAndDecodesTheSameResponse(int suite, Command command) throws Exception {
        InSessionCodecBenchmark.Peer s = new InSessionCodecBenchmark.Peer();
        s.suite = suite;
        s.command = command;
        s.setUp();
        byte[] datagram = null;
        for (int i = 0; i < ROUNDS; i++) {
            datagram = bench.peerEncodeRequest(s);
        }
        assertBmcAccepts(suite, command, datagram, ROUNDS);
        assertPeerIntegrityAccepts(suite, s.response);

        Object decoded = null;
        for (int i = 0; i < ROUNDS; i++) {
            decoded = bench.peerDecodeResponse(s);
        }
        if (command == Command.GET_DEVICE_ID) {
            PeerGetDeviceId.Response r = assertInstanceOf(PeerGetDeviceId.Response.class, decoded);
            assertEquals(0x20, r.deviceId);
            assertEquals(10, r.firmwareMinor);
            assertEquals(0x0157, r.manufacturerId);
            assertArrayEquals(new byte[] {1, 2, 3, 4}, r.auxiliaryFirmwareRevision);
        } else if (command == Command.GET_CHASSIS_STATUS) {
            GetChassisStatusResponseData r = assertInstanceOf(GetChassisStatusResponseData.class, decoded);
            assertTrue(r.isPowerOn());
        } else {
            GetSensorReadingResponseData r = assertInstanceOf(GetSensorReadingResponseData.class, decoded);
            assertEquals(0x7D, (int) r.getPlainSensorReading());
            assertTrue(r.isSensorStateValid());
        }
    }

    @Test
    void ipmi15Md5RoundTrips() throws Exception {
        InSessionCodecBenchmark.Ours15 s = new InSessionCodecBenchmark.Ours15();
        s.setUp();
        ByteBuffer datagram = null;
        for (int i = 0; i < ROUNDS; i++) {
            datagram = bench.ours15EncodeRequest(s);
        }
        ByteBuffer d = ByteBuffer.wrap(copy(datagram));
        InboundPacket p = new InboundPacket();
        Ipmi15Codec.parse(d, p);
        assertEquals(ROUNDS, p.sequence);
        assertEquals(Rejection.NONE, Sessions.ipmi15Md5().verify(d, p), "BMC checks the MD5 auth code");
        ByteBuffer message = ByteBuffer.allocate(p.payloadLength);
        Ipmi15Codec.open(d, p, message);
        assertEquals(GetDeviceId.SPEC.command(), IpmiLanRequest.decode(message.flip()).command());

        Object typed = null;
        for (int i = 0; i < ROUNDS; i++) {
            typed = bench.ours15DecodeResponse(s);
        }
        assertOursDecoded(Command.GET_DEVICE_ID, typed);
    }

    @Test
    void rakpMathRuns() throws Exception {
        Blackhole bh = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        for (AuthenticationAlgorithm a : new AuthenticationAlgorithm[] {AuthenticationAlgorithm.RAKP_HMAC_SHA1,
            AuthenticationAlgorithm.RAKP_HMAC_SHA256}) {
            for (int i = 0; i < 200; i++) {
                RakpBenchmark.establish(a, bh);
            }
        }
        bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
    }

    @Test
    void sdrDecodeAndConvertAgreeWithThePeer() throws Exception {
        SdrBenchmark bench = new SdrBenchmark();
        SdrBenchmark.Ours ours = new SdrBenchmark.Ours();
        ours.setUp();
        SdrBenchmark.Peer peer = new SdrBenchmark.Peer();
        peer.setUp();
        SdrRecord decoded = null;
        org.metricshub.ipmi.core.coding.commands.sdr.record.SensorRecord peerDecoded = null;
        double converted = 0;
        double decodedAndConverted = 0;
        double peerConverted = 0;
        double peerDecodedAndConverted = 0;
        for (int i = 0; i < ROUNDS; i++) {
            decoded = bench.oursDecode(ours);
            converted = bench.oursConvert(ours);
            decodedAndConverted = bench.oursDecodeAndConvert(ours);
            peerDecoded = bench.peerDecode(peer);
            peerConverted = bench.peerConvert(peer);
            peerDecodedAndConverted = bench.peerDecodeAndConvert(peer);
        }
        FullSensorRecord r = assertInstanceOf(FullSensorRecord.class, decoded);
        var p = assertInstanceOf(org.metricshub.ipmi.core.coding.commands.sdr.record.FullSensorRecord.class,
                peerDecoded);
        assertEquals(SdrBenchmark.SENSOR_NUMBER, r.key().sensorNumber());
        assertEquals(SdrBenchmark.SENSOR_NUMBER, p.getSensorNumber() & 0xFF);
        assertEquals(7, r.recordId());
        assertEquals(7, p.getId());
        assertEquals("5V", r.idString().text());
        assertEquals("5V", p.getName());
        // Both re-encode to the bytes they came from (ours) and agree on every reading (both).
        assertArrayEquals(SdrBenchmark.RECORD, r.toBytes());
        for (double v : new double[] {converted, decodedAndConverted, peerConverted, peerDecodedAndConverted}) {
            assertEquals(SdrBenchmark.VOLTS, v, 1e-9);
        }
        for (int raw = 0; raw <= 0xFF; raw++) {
            assertEquals(p.calcFormula(raw), r.convert(raw), 1e-9, "raw " + raw);
        }
        CompactSensorRecord compact = assertInstanceOf(CompactSensorRecord.class, bench.oursDecodeCompact(ours));
        assertEquals("PSU1 Status", compact.idString().text());
        assertArrayEquals(SdrBenchmark.COMPACT, compact.toBytes());
        assertEquals(SdrBenchmark.VOLTS, bench.oursInterpretReading(ours).value().orElseThrow(), 1e-9);
    }

    @Test
    void solPacketsAgreeWithThePeer() throws Exception {
        SolPacketBenchmark bench = new SolPacketBenchmark();
        SolPacketBenchmark.Ours ours = new SolPacketBenchmark.Ours();
        SolPacketBenchmark.Peer peer = new SolPacketBenchmark.Peer();
        byte[] encoded = null;
        byte[] built = null;
        SolPacket decoded = null;
        byte[] peerEncoded = null;
        byte[] peerBuilt = null;
        SolInboundMessage peerDecoded = null;
        for (int i = 0; i < ROUNDS; i++) {
            encoded = copy(bench.oursEncode(ours));
            built = copy(bench.oursBuildAndEncode(ours));
            decoded = bench.oursDecode(ours);
            peerEncoded = bench.peerEncode(peer);
            peerBuilt = bench.peerBuildAndEncode(peer);
            peerDecoded = bench.peerDecode(peer);
        }
        byte[] characters = SolPacketBenchmark.characters();
        assertEquals(SolPacketBenchmark.CHARACTERS, characters.length);
        // Table 15-2: sequence, ACK sequence, accepted count, operation, then the characters.
        byte[] expected = new byte[4 + characters.length];
        expected[0] = SolPacketBenchmark.CONSOLE_SEQUENCE;
        System.arraycopy(characters, 0, expected, 4, characters.length);
        assertArrayEquals(expected, encoded);
        assertArrayEquals(expected, built);
        assertArrayEquals(expected, peerEncoded);
        assertArrayEquals(expected, peerBuilt);

        assertEquals(SolPacketBenchmark.BMC_SEQUENCE, decoded.sequence());
        assertEquals(0, decoded.ackSequence());
        assertEquals(0, decoded.control());
        assertArrayEquals(characters, decoded.data().toByteArray());
        assertEquals(SolPacketBenchmark.BMC_SEQUENCE, peerDecoded.getSequenceNumber());
        assertArrayEquals(characters, peerDecoded.getData());
    }

    @Test
    void everyBenchmarkRunsUnderTheJmhHarness() throws Exception {
        Options options = new OptionsBuilder()
                .include(InSessionCodecBenchmark.class.getName())
                .include(RakpBenchmark.class.getName())
                .include(SdrBenchmark.class.getName())
                .include(SolPacketBenchmark.class.getName())
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(20))
                .shouldFailOnError(true)
                .build();
        // A measurement running beside the build holds JMH's lock; this smoke run measures nothing.
        System.setProperty("jmh.ignoreLock", "true");
        Collection<RunResult> results = new Runner(options).run();
        // Ours: 3 methods x 3 suites x 3 commands; peer: 2 x 3 x 3; IPMI 1.5: 2; RAKP: 2 algorithms;
        // SDR: 5 ours + 3 peer; SOL: 3 ours + 3 peer.
        assertEquals(27 + 18 + 2 + 2 + 8 + 6, results.size());
        for (RunResult r : results) {
            assertTrue(r.getPrimaryResult().getScore() > 0, r.getParams().getBenchmark());
        }
    }

    /** The BMC side of the session verifies, decrypts and parses a client datagram. */
    private static void assertBmcAccepts(int suite, Command command, byte[] datagram, int expectedSequence)
            throws Exception {
        RmcpPlusCodec bmc = Sessions.rmcpPlus(Sessions.suite(suite), Sessions.CONSOLE_SESSION_ID, new SecureRandom());
        ByteBuffer d = ByteBuffer.wrap(datagram);
        InboundPacket p = new InboundPacket();
        RmcpPlusCodec.parse(d, p);
        assertEquals(Sessions.BMC_SESSION_ID, p.sessionId);
        assertEquals(expectedSequence, p.sequence);
        assertEquals(Rejection.NONE, bmc.verify(d, p), "integrity and session shape");
        ByteBuffer plain = ByteBuffer.allocate(p.payloadLength);
        bmc.open(d, p, plain);
        IpmiLanRequest request = IpmiLanRequest.decode(plain.flip());
        assertEquals(command.request().spec().netFn(), request.netFn());
        assertEquals(command.request().spec().command(), request.command());
        assertEquals(expectedSequence & 0x3F, request.rqSeq());
        byte[] expectedData = new byte[command.request().dataLength()];
        command.request().encodeData(ByteBuffer.wrap(expectedData));
        assertArrayEquals(expectedData, request.data());
    }

    /** The peer's decoder only logs a failed integrity check; make sure its check passes, so the benchmark never logs. */
    private static void assertPeerIntegrityAccepts(int suite, byte[] response) throws Exception {
        InboundPacket p = new InboundPacket();
        RmcpPlusCodec.parse(ByteBuffer.wrap(response), p);
        if (!p.authenticated) {
            return;
        }
        CipherSuite cs = PeerSuites.keyed(suite);
        byte[] covered = Arrays.copyOfRange(response, 4, p.coveredEnd);
        byte[] code = Arrays.copyOfRange(response, p.authCodeOffset, response.length);
        assertArrayEquals(code, cs.getIntegrityAlgorithm().generateAuthCode(covered));
    }

    private static void assertOursDecoded(Command command, Object typed) {
        if (command == Command.GET_DEVICE_ID) {
            GetDeviceId.Response r = assertInstanceOf(GetDeviceId.Response.class, typed);
            assertEquals(0x20, r.deviceId());
            assertEquals(10, r.firmwareMinor());
            assertEquals(0x0157, r.manufacturerId());
            assertArrayEquals(new byte[] {1, 2, 3, 4}, r.auxiliaryFirmwareRevision().toByteArray());
        } else if (command == Command.GET_CHASSIS_STATUS) {
            GetChassisStatus.Response r = assertInstanceOf(GetChassisStatus.Response.class, typed);
            assertTrue(r.powerOn());
        } else {
            GetSensorReading.Response r = assertInstanceOf(GetSensorReading.Response.class, typed);
            assertEquals(0x7D, r.rawReading());
            assertTrue(r.scanningEnabled());
            assertEquals(0x80, r.stateByte2().getAsInt());
        }
    }

    private static byte[] copy(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.duplicate().get(out);
        return out;
    }
}
