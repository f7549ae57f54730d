package dev.ipmi.core.command.session;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * Close Session (IPMI v2.0 section 22.19): NetFn App (06h), command 3Ch, privilege Callback
 * (any session may close itself; closing another needs Administrator), side effect: ends the
 * session. Request: session id (4, LS first), then the session handle only when the id is 0.
 * Completion codes 87h (invalid session id), 88h (invalid handle).
 *
 * @param sessionHandle used (and sent) only when {@code sessionId} is 0
 */
public record CloseSession(int sessionId, int sessionHandle) implements IpmiRequest<CloseSession.Response> {
    public static final CommandSpec SPEC = CommandSpec.action("Close Session", NetFn.APP, 0x3C, PrivilegeLevel.CALLBACK);

    /** Closes the session with this BMC session id (use the session's own id to log out). */
    public static CloseSession byId(int sessionId) {
        return new CloseSession(sessionId, 0);
    }

    /** Closes the session with this handle (from Get Session Info). */
    public static CloseSession byHandle(int handle) {
        return new CloseSession(0, handle);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int dataLength() {
        return sessionId == 0 ? 5 : 4;
    }

    @Override
    public void encodeData(ByteBuffer out) {
        Wire.putI32le(out, sessionId);
        if (sessionId == 0) {
            out.put((byte) sessionHandle);
        }
    }

    public static CloseSession decodeRequest(ByteBuffer data) throws MalformedPacketException {
        Wire.need(data, 4, "Close Session request");
        int id = Wire.i32le(data);
        if (id != 0) {
            return new CloseSession(id, 0);
        }
        Wire.need(data, 1, "Close Session request by handle");
        return new CloseSession(0, Wire.u8(data));
    }

    @Override
    public Response decodeResponse(ByteBuffer data) {
        return new Response();
    }

    /** No data. */
    public record Response() implements CommandResponse {}
}
