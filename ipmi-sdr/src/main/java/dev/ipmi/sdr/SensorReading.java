package dev.ipmi.sdr;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * The data of a Get Sensor Reading response after the completion code (IPMI v2.0 rev 1.1
 * §35.14).
 *
 * <pre>
 * byte 1  raw reading (ignore for discrete sensors)
 * byte 2  [7] 0 = all event messages disabled  [6] 0 = sensor scanning disabled
 *         [5] 1 = reading/state unavailable
 * byte 3  (optional) threshold sensors: [5] >= UNR [4] >= UC [3] >= UNC [2] <= LNR [1] <= LC [0] <= LNC
 *         discrete sensors: states 7:0 asserted
 * byte 4  (optional) discrete sensors: states 14:8 asserted (bit 7 reserved)
 * </pre>
 *
 * @param states bytes 3-4 as a 15-bit mask (0 when the BMC left them out)
 */
public record SensorReading(int raw, boolean eventMessagesEnabled, boolean scanningEnabled,
                            boolean unavailable, int states) {

    public static SensorReading decode(ByteBuffer in) throws MalformedPacketException {
        Wire.need(in, 2, "Get Sensor Reading response");
        int raw = Wire.u8(in);
        int flags = Wire.u8(in);
        int states = in.hasRemaining() ? Wire.u8(in) : 0;
        if (in.hasRemaining()) {
            states |= (Wire.u8(in) & 0x7F) << 8;
        }
        return new SensorReading(raw, (flags & 0x80) != 0, (flags & 0x40) != 0, (flags & 0x20) != 0, states);
    }

    /** From the command catalogue's decoded response. */
    public static SensorReading of(dev.ipmi.core.command.sensor.GetSensorReading.Response r) {
        return new SensorReading(r.rawReading(), r.eventMessagesEnabled(), r.scanningEnabled(),
                r.readingUnavailable(), r.discreteStates());
    }

    public void encode(ByteBuffer out) {
        out.put((byte) raw);
        out.put((byte) ((eventMessagesEnabled ? 0x80 : 0) | (scanningEnabled ? 0x40 : 0) | (unavailable ? 0x20 : 0)));
        out.put((byte) states).put((byte) (states >>> 8));
    }

    public int encodedLength() {
        return 4;
    }

    /** Whether the reading means anything: scanning enabled and not flagged unavailable. */
    public boolean valid() {
        return scanningEnabled && !unavailable;
    }
}
