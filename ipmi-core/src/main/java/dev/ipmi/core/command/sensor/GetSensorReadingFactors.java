package dev.ipmi.core.command.sensor;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * Get Sensor Reading Factors (IPMI v2.0 section 35.5): NetFn Sensor/Event (04h), command 23h,
 * privilege User, no side effects. For non-linear sensors whose factors depend on the reading.
 *
 * <pre>
 * request:  sensor number | raw reading
 * response: next reading | M LS | b7:6 M MS, b5:0 tolerance | B LS | b7:6 B MS, b5:0 accuracy LS |
 *           b7:4 accuracy MS, b3:2 accuracy exponent, b1:0 direction | b7:4 R exponent, b3:0 B exponent
 * </pre>
 *
 * y = (M * x + B * 10^Bexp) * 10^Rexp; M and B are 10-bit and the exponents 4-bit two's complement.
 */
public record GetSensorReadingFactors(int sensorNumber, int rawReading) implements IpmiRequest<GetSensorReadingFactors.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get Sensor Reading Factors", NetFn.SENSOR_EVENT, 0x23, PrivilegeLevel.USER);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 2;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) sensorNumber).put((byte) rawReading);
    }

    public static GetSensorReadingFactors decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 2, "Get Sensor Reading Factors request");
        return new GetSensorReadingFactors(Wire.u8(data), Wire.u8(data));
    }

    private static int signed(int value, int bits) {
        int shift = 32 - bits;
        return value << shift >> shift;
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 7, "Get Sensor Reading Factors response");
        int next = Wire.u8(data);
        int mLo = Wire.u8(data);
        int mHi = Wire.u8(data);
        int bLo = Wire.u8(data);
        int bHi = Wire.u8(data);
        int acc = Wire.u8(data);
        int exps = Wire.u8(data);
        return new Response(next, signed(mLo | (mHi & 0xC0) << 2, 10), mHi & 0x3F, signed(bLo | (bHi & 0xC0) << 2, 10),
                bHi & 0x3F | (acc & 0xF0) << 2, acc >>> 2 & 0x03, acc & 0x03, signed(exps >>> 4, 4), signed(exps & 0x0F, 4));
    }

    /**
     * @param nextReading   the next raw reading at which the factors change
     * @param accuracy      in 1/100 percent units, scaled by 10^accuracyExponent
     * @param direction     0 unspecified, 1 input, 2 output
     */
    public record Response(int nextReading, int m, int tolerance, int b, int accuracy, int accuracyExponent,
                           int direction, int resultExponent, int bExponent) implements CommandResponse {
        @Override
        public int encodedLength() {
            return 7;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) nextReading).put((byte) m).put((byte) ((m >>> 2 & 0xC0) | tolerance & 0x3F));
            out.put((byte) b).put((byte) ((b >>> 2 & 0xC0) | accuracy & 0x3F));
            out.put((byte) ((accuracy >>> 2 & 0xF0) | (accuracyExponent & 3) << 2 | direction & 3));
            out.put((byte) ((resultExponent & 0x0F) << 4 | bExponent & 0x0F));
        }
    }
}
