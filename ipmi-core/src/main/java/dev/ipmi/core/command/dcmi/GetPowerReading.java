package dev.ipmi.core.command.dcmi;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import dev.ipmi.core.command.storage.Timestamp;
import java.time.Duration;

/**
 * Get Power Reading (DCMI v1.5 section 6.6.1): NetFn Group Extension (2Ch), group DCh,
 * command 02h, privilege User, no side effects.
 *
 * <pre>
 * request:  DCh | mode (01h system power statistics, 02h enhanced) | mode attributes | 00h
 * response: DCh | current W (2) | minimum W (2) | maximum W (2) | average W (2) |
 *           timestamp (4) | statistics period in ms (4) | b6 power measurement active
 * </pre>
 *
 * @param modeAttributes for enhanced statistics the rolling average period code, else 0
 */
public record GetPowerReading(int mode, int modeAttributes) implements IpmiRequest<GetPowerReading.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get Power Reading", NetFn.GROUP_EXTENSION, 0x02, PrivilegeLevel.USER);
    public static final int SYSTEM_POWER_STATISTICS = 0x01;
    public static final int ENHANCED_SYSTEM_POWER_STATISTICS = 0x02;

    /** The basic system power statistics. */
    public static GetPowerReading system() {
        return new GetPowerReading(SYSTEM_POWER_STATISTICS, 0);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 4;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        out.put((byte) Dcmi.GROUP_ID).put((byte) mode).put((byte) modeAttributes).put((byte) 0);
    }

    public static GetPowerReading decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Dcmi.readGroup(data, "Get Power Reading request");
        Wire.need(data, 3, "Get Power Reading request");
        GetPowerReading r = new GetPowerReading(Wire.u8(data), Wire.u8(data));
        data.get();
        return r;
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        String what = "Get Power Reading response";
        Dcmi.readGroup(data, what);
        Wire.need(data, 17, what);
        int current = Wire.u16le(data);
        int min = Wire.u16le(data);
        int max = Wire.u16le(data);
        int avg = Wire.u16le(data);
        Timestamp ts = new Timestamp(Wire.i32le(data) & 0xFFFFFFFFL);
        Duration period = Duration.ofMillis(Wire.i32le(data) & 0xFFFFFFFFL);
        return new Response(current, min, max, avg, ts, period, (Wire.u8(data) & 0x40) != 0);
    }

    /** Watts as whole numbers; the statistics cover {@code statisticsPeriod} up to {@code timestamp}. */
    public record Response(int currentWatts, int minimumWatts, int maximumWatts, int averageWatts, Timestamp timestamp,
                           Duration statisticsPeriod, boolean measurementActive) implements CommandResponse {
        @Override
        public int encodedLength() {
            return 18;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) Dcmi.GROUP_ID);
            Wire.putU16le(out, currentWatts);
            Wire.putU16le(out, minimumWatts);
            Wire.putU16le(out, maximumWatts);
            Wire.putU16le(out, averageWatts);
            Wire.putI32le(out, (int) timestamp.seconds());
            Wire.putI32le(out, (int) statisticsPeriod.toMillis());
            out.put((byte) (measurementActive ? 0x40 : 0));
        }
    }
}
