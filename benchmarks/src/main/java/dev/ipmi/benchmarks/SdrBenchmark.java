package dev.ipmi.benchmarks;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import dev.ipmi.sdr.FullSensorRecord;
import dev.ipmi.sdr.SdrRecord;
import dev.ipmi.sdr.SensorReading;
import dev.ipmi.sdr.SensorValue;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.metricshub.ipmi.core.coding.commands.sdr.record.SensorRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One Full Sensor Record (SDR type 01h, IPMI v2.0 §43.1) decoded from its bytes, one raw reading
 * converted to units with the record's factors (§36.3: y = (M x + B 10^Bexp) 10^Rexp), and the
 * two together; ours ({@code dev.ipmi.sdr}) and the peer's (MetricsHub ipmi-java
 * {@code SensorRecord.populateSensorRecord} / {@code FullSensorRecord.calcFormula}) on the very
 * same bytes, in the same run.
 *
 * <p>The record is the testbed's "5V" sensor as ipmi_sim serves it (sensor 04h, voltage, volts,
 * linear, M = 3, B = 40, B exponent 1, result exponent -2, so y = 0.03 x + 4): both exponents
 * and B are non-zero, so no term of the formula is trivial. The reading is 22h, 5.02 V.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SdrBenchmark {
    /** Header (id 0007h, version 51h, type 01h, 45 bytes) and body of the testbed's "5V" record. */
    static final byte[] RECORD = Wire.unhex("070051012d200004070167440201850200001b00000400000300280101e1"
            + "00000000ff0000322a0011190000000000c23556");
    static final int SENSOR_NUMBER = 0x04;
    /** Raw reading byte 1 of Get Sensor Reading. */
    static final int RAW = 0x22;
    /** 0.03 * 34 + 4, worked out by hand from the record's factors. */
    static final double VOLTS = 5.02;
    /** The testbed's "PSU1 Status" Compact Sensor Record (type 02h): ours only, a discrete sensor's record. */
    static final byte[] COMPACT = Wire.unhex("0b005102262000080a016740086f030003000f00c000004000000000000000cb5053553120537461747573");
    /** Get Sensor Reading's response data for the "5V" sensor: raw 22h, scanning enabled, no threshold crossed. */
    static final byte[] READING = Wire.unhex("22c000");

    /** Our side: the record bytes in a reused buffer, and the record decoded once for the convert-only case. */
    @State(Scope.Thread)
    public static class Ours {
        final ByteBuffer in = ByteBuffer.wrap(RECORD.clone());
        final ByteBuffer compact = ByteBuffer.wrap(COMPACT.clone());
        FullSensorRecord record;
        SensorReading reading;
        int raw = RAW;

        @Setup(Level.Trial)
        public void setUp() throws MalformedPacketException {
            record = (FullSensorRecord) SdrRecord.decode(ByteBuffer.wrap(RECORD));
            reading = SensorReading.decode(ByteBuffer.wrap(READING));
        }
    }

    /** The peer's side: the same bytes (its API takes a whole {@code byte[]} record). */
    @State(Scope.Thread)
    public static class Peer {
        final byte[] bytes = RECORD.clone();
        org.metricshub.ipmi.core.coding.commands.sdr.record.FullSensorRecord record;
        int raw = RAW;

        @Setup(Level.Trial)
        public void setUp() {
            record = (org.metricshub.ipmi.core.coding.commands.sdr.record.FullSensorRecord)
                    SensorRecord.populateSensorRecord(RECORD.clone());
        }
    }

    /** Header, then the body by record type, to our immutable record. */
    @Benchmark
    public SdrRecord oursDecode(Ours s) throws MalformedPacketException {
        return SdrRecord.decode(s.in.clear());
    }

    /** Raw reading to volts with the record's factors, format and linearization. */
    @Benchmark
    public double oursConvert(Ours s) {
        return s.record.convert(s.raw);
    }

    /** What a sensor sweep does per sensor the first time: decode the record, convert a reading. */
    @Benchmark
    public double oursDecodeAndConvert(Ours s) throws MalformedPacketException {
        return ((FullSensorRecord) SdrRecord.decode(s.in.clear())).convert(s.raw);
    }

    /** A Compact Sensor Record (no peer column: the same work as the full record's decode on the peer's side). */
    @Benchmark
    public SdrRecord oursDecodeCompact(Ours s) throws MalformedPacketException {
        return SdrRecord.decode(s.compact.clear());
    }

    /** What a monitoring agent shows: the reading converted and its threshold state named, from a decoded record. */
    @Benchmark
    public SensorValue oursInterpretReading(Ours s) {
        return SensorValue.of(s.record, s.reading);
    }

    /** The peer's record object from the record bytes. */
    @Benchmark
    public SensorRecord peerDecode(Peer s) {
        return SensorRecord.populateSensorRecord(s.bytes);
    }

    /** The peer's conversion of a raw reading. */
    @Benchmark
    public double peerConvert(Peer s) {
        return s.record.calcFormula(s.raw);
    }

    /** The peer's decode and conversion. */
    @Benchmark
    public double peerDecodeAndConvert(Peer s) {
        return ((org.metricshub.ipmi.core.coding.commands.sdr.record.FullSensorRecord)
                SensorRecord.populateSensorRecord(s.bytes)).calcFormula(s.raw);
    }
}
