package dev.ipmi.core.command.sensor;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.OptionalInt;

/**
 * Get Sensor Event Enable (IPMI v2.0 section 35.11): NetFn Sensor/Event (04h), command 29h,
 * privilege User, no side effects.
 *
 * <pre>
 * request:  sensor number
 * response: b7 all event messages enabled, b6 scanning enabled |
 *           [assertion event enables 7:0, 14:8] | [deassertion event enables 7:0, 14:8]
 * </pre>
 *
 * For threshold sensors bit n stands for the n-th threshold event (table 36-1 order).
 */
public record GetSensorEventEnable(int sensorNumber) implements IpmiRequest<GetSensorEventEnable.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get Sensor Event Enable", NetFn.SENSOR_EVENT, 0x29, PrivilegeLevel.USER);

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

    public static GetSensorEventEnable decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Get Sensor Event Enable request");
        return new GetSensorEventEnable(Wire.u8(data));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Get Sensor Event Enable response");
        int b = Wire.u8(data);
        OptionalInt a = data.remaining() >= 2 ? OptionalInt.of(Wire.u16le(data)) : OptionalInt.empty();
        OptionalInt d = a.isPresent() && data.remaining() >= 2 ? OptionalInt.of(Wire.u16le(data)) : OptionalInt.empty();
        return new Response((b & 0x80) != 0, (b & 0x40) != 0, a, d);
    }

    /** @param assertionEnables bit n = event for state/threshold event n, absent when not sent */
    public record Response(boolean eventMessagesEnabled, boolean scanningEnabled, OptionalInt assertionEnables,
                           OptionalInt deassertionEnables) implements CommandResponse {
        public Response {
            if (deassertionEnables.isPresent() && assertionEnables.isEmpty()) {
                throw new IllegalArgumentException("deassertion enables follow assertion enables");
            }
        }

        @Override
        public int encodedLength() {
            return 1 + (assertionEnables.isPresent() ? 2 : 0) + (deassertionEnables.isPresent() ? 2 : 0);
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) ((eventMessagesEnabled ? 0x80 : 0) | (scanningEnabled ? 0x40 : 0)));
            assertionEnables.ifPresent(v -> Wire.putU16le(out, v));
            deassertionEnables.ifPresent(v -> Wire.putU16le(out, v));
        }
    }
}
