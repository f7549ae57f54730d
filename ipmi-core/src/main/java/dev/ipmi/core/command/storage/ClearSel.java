package dev.ipmi.core.command.storage;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * Clear SEL (IPMI v2.0 section 31.9): NetFn Storage (0Ah), command 47h, privilege Operator,
 * side effect: erases the whole SEL (initiate); asking for the status changes nothing but
 * shares the command, so the whole command counts as an action.
 *
 * <pre>
 * request:  reservation id (2) | 'C' 'L' 'R' | AAh initiate erase, 00h get erasure status
 * response: b3:0 progress (0 in progress, 1 completed)
 * </pre>
 */
public record ClearSel(int reservationId, boolean initiate) implements IpmiRequest<ClearSel.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Clear SEL", NetFn.STORAGE, 0x47, PrivilegeLevel.OPERATOR);
    private static final int INITIATE = 0xAA;

    public static ClearSel initiate(int reservationId) {
        return new ClearSel(reservationId, true);
    }

    public static ClearSel status(int reservationId) {
        return new ClearSel(reservationId, false);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return 6;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        Wire.putU16le(out, reservationId);
        out.put((byte) 'C').put((byte) 'L').put((byte) 'R').put((byte) (initiate ? INITIATE : 0));
    }

    public static ClearSel decodeRequest(ByteBuffer data) throws MalformedPacketException {
        String what = "Clear SEL request";
        Wire.need(data, 6, what);
        int reservation = Wire.u16le(data);
        if (Wire.u8(data) != 'C' || Wire.u8(data) != 'L' || Wire.u8(data) != 'R') {
            throw new MalformedPacketException(what + ": missing 'CLR'");
        }
        int action = Wire.u8(data);
        if (action != INITIATE && action != 0) {
            throw new MalformedPacketException(what + String.format(": unknown action %02Xh", action));
        }
        return new ClearSel(reservation, action == INITIATE);
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 1, "Clear SEL response");
        return new Response((Wire.u8(data) & 0x0F) == 1);
    }

    public record Response(boolean completed) implements CommandResponse {
        @Override
        public int encodedLength() {
            return 1;
        }

        @Override
        public void encode(ByteBuffer out) {
            out.put((byte) (completed ? 1 : 0));
        }
    }
}
