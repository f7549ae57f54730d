package dev.ipmi.core.command.app;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * Get Self Test Results (IPMI v2.0 section 20.4): NetFn App (06h), command 04h, privilege
 * User, no side effects. ipmi_sim answers C1h.
 *
 * <pre>response: result (55h passed, 56h not implemented, 57h device errors, 58h fatal, other: device-specific) | detail</pre>
 */
public record GetSelfTestResults() implements IpmiRequest<GetSelfTestResults.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get Self Test Results", NetFn.APP, 0x04, PrivilegeLevel.USER);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    public static GetSelfTestResults decodeRequest(ByteBuffer data) {
        return new GetSelfTestResults();
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 2, "Get Self Test Results response");
        return new Response(Result.of(Wire.u8(data)), Wire.u8(data));
    }

    /** The first response byte: an open type, device-specific codes keep their value. */
    public record Result(int code) {
        public static final Result PASSED = new Result(0x55);
        public static final Result NOT_IMPLEMENTED = new Result(0x56);
        public static final Result DEVICE_ERRORS = new Result(0x57);
        public static final Result FATAL_HARDWARE_ERROR = new Result(0x58);

        public static Result of(int code) {
            return new Result(code & 0xFF);
        }

        @Override
        public String toString() {
            return switch (code) {
                case 0x55 -> "PASSED";
                case 0x56 -> "NOT_IMPLEMENTED";
                case 0x57 -> "DEVICE_ERRORS";
                case 0x58 -> "FATAL_HARDWARE_ERROR";
                default -> String.format("DEVICE_SPECIFIC(%02Xh)", code);
            };
        }
    }

    /**
     * @param detail for {@link Result#DEVICE_ERRORS} the failed-device bits (b7 cannot access SEL,
     *               b6 SDR, b5 FRU, b4 IPMB lines dead, b3 SDR empty, b2 FRU corrupted, b1 boot block
     *               corrupted, b0 operational firmware corrupted); for a fatal error the device's code
     */
    public record Response(Result result, int detail) implements CommandResponse {
        public boolean passed() {
            return result.equals(Result.PASSED);
        }

        @Override
        public int encodedLength() {
            return 2;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) result.code()).put((byte) detail);
        }
    }
}
