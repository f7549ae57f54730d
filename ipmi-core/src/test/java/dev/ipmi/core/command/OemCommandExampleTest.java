package dev.ipmi.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.app.GetDeviceId;
import dev.ipmi.core.testing.Robustness;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/**
 * How a user adds an OEM command: their own record implementing {@link IpmiRequest}, with the
 * response nested, goes through the same typed {@code send} as the standard ones.
 */
class OemCommandExampleTest {

    /** A vendor's "Get Fan Mode" (NetFn OEM/Group 2Eh, command 45h), carrying the vendor's IANA number first. */
    record GetFanMode(int ianaNumber) implements IpmiRequest<GetFanMode.Response> {
        static final CommandSpec SPEC = CommandSpec.query("Get Fan Mode", NetFn.OEM_GROUP, 0x45, PrivilegeLevel.USER);

        enum Mode { STANDARD, FULL, OPTIMAL, HEAVY_IO }

        record Response(int ianaNumber, Mode mode) implements CommandResponse {}

        @Override
        public CommandSpec spec() {
            return SPEC;
        }

        @Override
        public int dataLength() {
            return 3;
        }

        @Override
        public void encodeData(ByteBuffer out) {
            out.put((byte) ianaNumber).put((byte) (ianaNumber >>> 8)).put((byte) (ianaNumber >>> 16));
        }

        @Override
        public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
            Wire.need(data, 4, "Get Fan Mode response");
            int iana = Wire.u8(data) | Wire.u8(data) << 8 | Wire.u8(data) << 16;
            int mode = Wire.u8(data);
            if (mode >= Mode.values().length) {
                throw new MalformedPacketException("Get Fan Mode response: unknown mode " + mode);
            }
            return new Response(iana, Mode.values()[mode]);
        }
    }

    /**
     * Stands in for {@code IpmiSession.send}: the signature that makes the result typed. It
     * encodes the request as the session would and answers with canned response bytes.
     */
    private static <R> R send(IpmiRequest<R> request, String responseHex) throws MalformedPacketException {
        ByteBuffer out = ByteBuffer.allocate(request.dataLength());
        request.encodeData(out);
        assertEquals(request.dataLength(), out.position());
        return request.decodeResponse(ByteBuffer.wrap(Wire.unhex(responseHex)));
    }

    @Test
    void oemCommandIsTypedWithoutCasts() throws Exception {
        GetFanMode.Response r = send(new GetFanMode(10876), "7c 2a 00 02");
        assertEquals(10876, r.ianaNumber());
        assertEquals(GetFanMode.Mode.OPTIMAL, r.mode());
        assertThrows(MalformedPacketException.class, () -> send(new GetFanMode(10876), "7c 2a 00 09"));
        Robustness.assertRobust("Get Fan Mode", Wire.unhex("7c 2a 00 02"), new GetFanMode(10876)::decodeResponse);
    }

    @Test
    void standardCommandsAreTypedTheSameWay() throws Exception {
        GetDeviceId.Response id = send(new GetDeviceId(), "20 01 01 23 02 9f 91 12 00 02 0f 00 00 00 00");
        assertEquals(0x20, id.deviceId());
    }
}
