package dev.ipmi.sdr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.testing.Robustness;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConversionTest {
    /** Byte offsets in the testbed's CPU Temp record (header included). */
    private static final int UNITS1 = 20;
    private static final int LINEARIZATION = 23;
    private static final int M_LSB = 24;

    private static FullSensorRecord cpuTempWith(int linearization, int m) throws Exception {
        byte[] rec = TestbedSdrs.bytes(4);
        rec[LINEARIZATION] = (byte) linearization;
        rec[M_LSB] = (byte) m;
        return (FullSensorRecord) SdrRecord.decode(rec);
    }

    @ParameterizedTest(name = "{0}: L(2*8) = {2}")
    @CsvSource(textBlock = """
            LINEAR,     0,  16
            LN,         1,  2.772588722239781
            LOG10,      2,  1.2041199826559248
            LOG2,       3,  4
            E,          4,  8886110.520507872
            EXP10,      5,  1e16
            EXP2,       6,  65536
            RECIPROCAL, 7,  0.0625
            SQR,        8,  256
            CUBE,       9,  4096
            SQRT,       10, 4
            CUBE_ROOT,  11, 2.519842099789746
            """)
    void everyLinearizationFunction(Linearization expected, int code, double value) throws Exception {
        FullSensorRecord r = cpuTempWith(code, 2);
        assertEquals(expected, r.linearization());
        assertEquals(code, expected.code());
        assertEquals(value, r.convert(8), Math.abs(value) * 1e-12);
        assertEquals(8, r.factors().toRaw(value, r.units().format(), r.linearization()));
    }

    @Test
    void nonLinearSensorsNeedReadingFactors() throws Exception {
        FullSensorRecord r = cpuTempWith(0x71, 2);
        assertEquals(Linearization.NON_LINEAR, r.linearization());
        assertEquals(0x71, r.linearizationCode());
        assertFalse(r.convertible());
        SensorReading reading = new SensorReading(10, true, true, false, 0);
        assertTrue(SensorValue.of(r, reading).value().isEmpty());
        // Get Sensor Reading Factors for this reading: M=3, B=-5, K1=1, K2=-1
        ConversionFactors f = ConversionFactors.decode(ByteBuffer.wrap(Wire.unhex("0300fbc000f1")));
        assertEquals(3, f.m());
        assertEquals(-5, f.b());
        assertEquals(1, f.k1());
        assertEquals(-1, f.k2());
        assertEquals((3 * 10 - 50) / 10.0, SensorValue.of(r, reading, f, null).value().getAsDouble(), 1e-12);
        assertEquals(Linearization.RESERVED, Linearization.of(0x0C));
    }

    @ParameterizedTest(name = "{0} raw 0x{1}")
    @CsvSource(textBlock = """
            UNSIGNED,          ff, 255
            UNSIGNED,          80, 128
            ONES_COMPLEMENT,   ff, 0
            ONES_COMPLEMENT,   fe, -1
            ONES_COMPLEMENT,   80, -127
            ONES_COMPLEMENT,   7f, 127
            TWOS_COMPLEMENT,   ff, -1
            TWOS_COMPLEMENT,   80, -128
            TWOS_COMPLEMENT,   dd, -35
            """)
    void analogFormats(AnalogFormat format, String rawHex, int x) {
        int raw = Integer.parseInt(rawHex, 16);
        assertEquals(x, format.toInteger(raw));
        if (!(format == AnalogFormat.ONES_COMPLEMENT && raw == 0xFF)) {
            assertEquals(raw, format.toRaw(x));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            00 01 00 | degrees C
            02 06 18 | Watts per hour
            04 12 16 | RPM * second
            20 12 00 | RPM per minute
            28 12 00 | RPM per hour
            01 00 00 | percent
            01 04 00 | % Volts
            00 5c 00 | grams
            00 5d 00 | unit 0x5D
            """)
    void unitsText(String hex, String text) {
        byte[] b = Wire.unhex(hex.replace(" ", ""));
        SensorUnits u = SensorUnits.of(b[0] & 0xFF, b[1] & 0xFF, b[2] & 0xFF);
        assertEquals(text, u.text());
        assertEquals(b[0] & 0xFF, u.units1());
    }

    @Test
    void unitTableHasAllNamedUnits() {
        assertEquals(93, Unit.namedCount());
        assertEquals("Watts", Unit.WATTS.name());
        assertEquals("fatal error", Unit.of(91).name());
    }

    @Test
    void factorsRoundTripAndAccuracy() throws Exception {
        // M = -3 (10-bit), tolerance 10, B = 300, accuracy 0x2ab with exponent 2, direction 1
        byte[] bytes = Wire.unhex("fdca2c6bad1e");
        ConversionFactors f = ConversionFactors.decode(ByteBuffer.wrap(bytes));
        assertEquals(-3, f.m());
        assertEquals(10, f.tolerance());
        assertEquals(300, f.b());
        assertEquals(0x2AB, f.accuracy());
        assertEquals(3, f.accuracyExponent());
        assertEquals(1, f.sensorDirection());
        assertEquals(1, f.k2());
        assertEquals(-2, f.k1());
        assertEquals(0x2AB * 1000 / 100.0, f.accuracyPercent(), 1e-9);
        assertEquals(150.0, f.toleranceInUnits(), 1e-12); // |M| * 10/2 counts * 10^K2
        assertEquals(30.0, f.resolution(), 1e-12);
        ByteBuffer out = ByteBuffer.allocate(f.encodedLength());
        f.encode(out);
        assertEquals(Wire.hex(bytes), Wire.hex(out.array()));
        Robustness.assertRobust("Conversion factors", bytes, ConversionFactors::decode);
    }
}
