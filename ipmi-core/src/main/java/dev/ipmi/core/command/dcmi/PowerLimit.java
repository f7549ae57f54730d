package dev.ipmi.core.command.dcmi;

import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.time.Duration;

/**
 * The power limit settings Get Power Limit returns and Set Power Limit sends (DCMI v1.5
 * sections 6.6.2 and 6.6.3), from the exception action on.
 *
 * <pre>exception action | limit W (2) | correction time ms (4) | reserved (2) | sampling period s (2)</pre>
 *
 * @param correctionTime how long the BMC may take to bring consumption under the limit
 */
public record PowerLimit(ExceptionAction exceptionAction, int limitWatts, Duration correctionTime, int samplingPeriodSeconds) {
    static final int LENGTH = 11;

    public PowerLimit {
        if (limitWatts < 0 || limitWatts > 0xFFFF || samplingPeriodSeconds < 0 || samplingPeriodSeconds > 0xFFFF) {
            throw new IllegalArgumentException("limit and sampling period are 16 bits");
        }
    }

    static PowerLimit decode(ByteBuffer in) {
        int action = Wire.u8(in);
        int limit = Wire.u16le(in);
        Duration correction = Duration.ofMillis(Wire.i32le(in) & 0xFFFFFFFFL);
        in.getShort();
        return new PowerLimit(new ExceptionAction(action), limit, correction, Wire.u16le(in));
    }

    void encode(ByteBuffer out) {
        out.put((byte) exceptionAction.code());
        Wire.putU16le(out, limitWatts);
        Wire.putI32le(out, (int) correctionTime.toMillis());
        Wire.putU16le(out, 0);
        Wire.putU16le(out, samplingPeriodSeconds);
    }
}
