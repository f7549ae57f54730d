package dev.ipmi.sdr;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.sensor.GetSensorReading;
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

    /** The catalogue's decoder; the sensor number plays no part in decoding a response. */
    private static final GetSensorReading DECODER = new GetSensorReading(0);

    /** From the response data (after the completion code). */
    public static SensorReading decode(ByteBuffer in) throws MalformedPacketException {
        return of(DECODER.decodeResponse(in));
    }

    /** From the command catalogue's decoded response. */
    public static SensorReading of(GetSensorReading.Response r) {
        return new SensorReading(r.rawReading(), r.eventMessagesEnabled(), r.scanningEnabled(),
                r.readingUnavailable(), r.discreteStates());
    }

    /** Whether the reading means anything: scanning enabled and not flagged unavailable. */
    public boolean valid() {
        return scanningEnabled && !unavailable;
    }
}
