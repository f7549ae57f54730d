package dev.ipmi.benchmarks;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.sol.SolPacket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.metricshub.ipmi.core.coding.payload.sol.SolInboundMessage;
import org.metricshub.ipmi.core.coding.payload.sol.SolOutboundMessage;
import org.metricshub.ipmi.core.coding.payload.sol.SolOutboundOperationField;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * SOL payloads (payload type 01h, IPMI v2.0 §15.9, table 15-2) carrying 100 characters: a
 * console packet encoded and a BMC packet decoded; ours ({@link SolPacket}) and the peer's
 * (MetricsHub ipmi-java {@code SolOutboundMessage.getPayloadData} / {@code SolInboundMessage(byte[])})
 * on the same characters and bytes, in the same run. Only the SOL payload: the RMCP+ session
 * framing around it is {@link InSessionCodecBenchmark}'s.
 *
 * <p>"Encode" writes a packet that already exists (ours into a reused buffer; the peer's API
 * returns a new array); "build and encode" also makes the packet object from the characters,
 * as a console does for each packet it sends.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SolPacketBenchmark {
    static final int CHARACTERS = 100;
    /** Console packet: sequence 3, no acknowledgement, no operation bits. */
    static final int CONSOLE_SEQUENCE = 3;
    /** BMC packet: sequence 7, no acknowledgement, status 0. */
    static final int BMC_SEQUENCE = 7;

    /** 100 characters of console output. */
    static byte[] characters() {
        String line = "Booting Linux 6.1.0-13-amd64 on node r12-u07 ... [  OK  ] Started systemd-udevd.service.\r\n";
        return line.repeat(2).substring(0, CHARACTERS).getBytes(StandardCharsets.US_ASCII);
    }

    /** The BMC's packet: 4 header bytes and the characters. */
    static byte[] bmcPacket() {
        byte[] c = characters();
        ByteBuffer b = ByteBuffer.allocate(SolPacket.HEADER_LENGTH + c.length);
        b.put((byte) BMC_SEQUENCE).put((byte) 0).put((byte) 0).put((byte) 0).put(c);
        return b.array();
    }

    /** Ours: the characters, a prebuilt packet, a reused output buffer and the BMC's packet in a buffer. */
    @State(Scope.Thread)
    public static class Ours {
        final byte[] characters = characters();
        final SolPacket packet = SolPacket.data(CONSOLE_SEQUENCE, characters);
        final ByteBuffer out = ByteBuffer.allocate(SolPacket.HEADER_LENGTH + 255);
        final ByteBuffer in = ByteBuffer.wrap(bmcPacket());
    }

    /** The peer: the same characters, a prebuilt message and the BMC's packet bytes. */
    @State(Scope.Thread)
    public static class Peer {
        final byte[] characters = characters();
        final SolOutboundMessage message = peerMessage(characters);
        final byte[] bmcPacket = bmcPacket();
    }

    static SolOutboundMessage peerMessage(byte[] characters) {
        SolOutboundMessage m = new SolOutboundMessage((byte) CONSOLE_SEQUENCE, (byte) 0, (byte) 0,
                new SolOutboundOperationField((byte) 0));
        m.setData(characters);
        return m;
    }

    @Benchmark
    public ByteBuffer oursEncode(Ours s) {
        ByteBuffer out = s.out.clear();
        s.packet.encode(out);
        return out.flip();
    }

    /** {@code SolPacket.data} copies the characters into the packet's {@code Octets}. */
    @Benchmark
    public ByteBuffer oursBuildAndEncode(Ours s) {
        ByteBuffer out = s.out.clear();
        SolPacket.data(CONSOLE_SEQUENCE, s.characters).encode(out);
        return out.flip();
    }

    /** The record with its characters copied out of the datagram buffer. */
    @Benchmark
    public SolPacket oursDecode(Ours s) throws MalformedPacketException {
        return SolPacket.decode(s.in.clear());
    }

    @Benchmark
    public byte[] peerEncode(Peer s) {
        return s.message.getPayloadData();
    }

    @Benchmark
    public byte[] peerBuildAndEncode(Peer s) {
        return peerMessage(s.characters).getPayloadData();
    }

    @Benchmark
    public SolInboundMessage peerDecode(Peer s) {
        return new SolInboundMessage(s.bmcPacket);
    }
}
