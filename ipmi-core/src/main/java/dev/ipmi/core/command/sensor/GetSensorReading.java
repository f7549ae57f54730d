package dev.ipmi.core.command.sensor;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.internal.OptionalBytes;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Get Sensor Reading (IPMI v2.0 section 35.14): NetFn Sensor/Event (04h), command 2Dh,
 * privilege User, no side effects.
 *
 * <pre>
 * request:  sensor number
 * response: raw reading | b7 event messages enabled, b6 scanning enabled, b5 reading unavailable |
 *           [threshold sensors: b5:0 thresholds crossed; discrete: states 7:0] | [discrete: states 14:8]
 * </pre>
 *
 * Bytes 3 and 4 are optional: some BMCs stop after byte 2.
 */
public record GetSensorReading(int sensorNumber) implements IpmiRequest<GetSensorReading.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get Sensor Reading", NetFn.SENSOR_EVENT, 0x2D, PrivilegeLevel.USER);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 1;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) sensorNumber);
    }

    public static GetSensorReading decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Get Sensor Reading request");
        return new GetSensorReading(Wire.u8(data));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 2, "Get Sensor Reading response");
        int raw = Wire.u8(data);
        int flags = Wire.u8(data);
        // Shared OptionalInts: the record is all this decoder allocates (it runs once per sensor per sweep).
        OptionalInt s1 = data.hasRemaining() ? OptionalBytes.of(Wire.u8(data)) : OptionalInt.empty();
        OptionalInt s2 = s1.isPresent() && data.hasRemaining() ? OptionalBytes.of(Wire.u8(data)) : OptionalInt.empty();
        return new Response(raw, (flags & 0x80) != 0, (flags & 0x40) != 0, (flags & 0x20) != 0, s1, s2);
    }

    /**
     * @param rawReading the byte to convert with the SDR's factors (meaningless when unavailable)
     * @param stateByte1 the optional third byte
     * @param stateByte2 the optional fourth byte (only with the third)
     */
    public record Response(int rawReading, boolean eventMessagesEnabled, boolean scanningEnabled, boolean readingUnavailable,
                           OptionalInt stateByte1, OptionalInt stateByte2) implements CommandResponse {
        public Response {
            if (stateByte2.isPresent() && stateByte1.isEmpty()) {
                throw new IllegalArgumentException("state byte 2 needs state byte 1");
            }
        }

        /** For threshold sensors: the thresholds at or beyond which the reading is. */
        public Set<Threshold> thresholdsCrossed() {
            return Threshold.fromBits(stateByte1.orElse(0) & 0x3F);
        }

        /** For discrete sensors: asserted states, bit n = state n (0-14). */
        public int discreteStates() {
            return stateByte1.orElse(0) | (stateByte2.orElse(0) & 0x7F) << 8;
        }

        @Override
        public int encodedLength() {
            return 2 + (stateByte1.isPresent() ? 1 : 0) + (stateByte2.isPresent() ? 1 : 0);
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) rawReading);
            out.put((byte) ((eventMessagesEnabled ? 0x80 : 0) | (scanningEnabled ? 0x40 : 0) | (readingUnavailable ? 0x20 : 0)));
            stateByte1.ifPresent(b -> out.put((byte) b));
            stateByte2.ifPresent(b -> out.put((byte) b));
        }
    }
}
