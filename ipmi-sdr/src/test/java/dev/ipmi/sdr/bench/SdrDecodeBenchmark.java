package dev.ipmi.sdr.bench;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import dev.ipmi.sdr.FullSensorRecord;
import dev.ipmi.sdr.SdrRecord;
import dev.ipmi.sdr.SensorReading;
import dev.ipmi.sdr.SensorValue;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * SDR record decoding and reading conversion, in ns/op; add {@code -prof gc} for B/op.
 *
 * <pre>
 * mvn -q -o -pl ipmi-sdr -am test-compile
 * mvn -q -o -pl ipmi-sdr dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp ipmi-sdr/target/test-classes:ipmi-sdr/target/classes:ipmi-core/target/classes:ipmi-lan/target/classes:$(cat /tmp/cp.txt) \
 *      org.openjdk.jmh.Main SdrDecodeBenchmark -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SdrDecodeBenchmark {
    /** The testbed's "5V" full sensor record: B and both exponents non-zero. */
    private static final byte[] FULL = Wire.unhex("070051012d200004070167440201850200001b00000400000300280101e100000000ff0000322a0011190000000000c23556");
    private static final byte[] COMPACT = Wire.unhex("0b005102262000080a016740086f030003000f00c000004000000000000000cb5053553120537461747573");
    private static final byte[] READING = Wire.unhex("22c000");

    private FullSensorRecord record;
    private SensorReading reading;

    @Setup
    public void setup() throws MalformedPacketException {
        record = (FullSensorRecord) SdrRecord.decode(FULL);
        reading = SensorReading.decode(ByteBuffer.wrap(READING));
    }

    @Benchmark
    public SdrRecord decodeFullSensorRecord() throws MalformedPacketException {
        return SdrRecord.decode(ByteBuffer.wrap(FULL));
    }

    @Benchmark
    public SdrRecord decodeCompactSensorRecord() throws MalformedPacketException {
        return SdrRecord.decode(ByteBuffer.wrap(COMPACT));
    }

    @Benchmark
    public double convertReading() {
        return record.convert(reading.raw());
    }

    @Benchmark
    public SensorValue interpretReadingWithThresholds() {
        return SensorValue.of(record, reading);
    }
}
