package dev.ipmi.core.command;

import dev.ipmi.core.MalformedPacketException;
import java.nio.ByteBuffer;

/**
 * A typed IPMI command: knows its {@link CommandSpec}, writes its request data and decodes the
 * data of a successful response into {@code R}.
 *
 * <p>Each standard command is a record implementing this interface with its response record
 * nested inside, so that {@code session.send(new GetDeviceId())} yields a
 * {@code CompletableFuture<GetDeviceId.Response>} without casts. Users add OEM commands the
 * same way:
 *
 * <pre>{@code
 * record GetFanMode() implements IpmiRequest<GetFanMode.Response> {
 *     static final CommandSpec SPEC = CommandSpec.query("Get Fan Mode", NetFn.OEM_GROUP, 0x45, PrivilegeLevel.USER);
 *     record Response(int mode) {}
 *     public CommandSpec spec() { return SPEC; }
 *     public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
 *         Wire.need(data, 1, "Get Fan Mode");
 *         return new Response(Wire.u8(data));
 *     }
 * }
 * }</pre>
 *
 * @param <R> the decoded response
 */
public interface IpmiRequest<R> {

    /** Network function, command byte, privilege and side-effect flag. */
    CommandSpec spec();

    /** Number of request data bytes {@link #encodeData} writes (exact-size encoding). */
    default int dataLength() {
        return 0;
    }

    /** Writes the request data bytes (everything after the command byte). */
    default void encodeData(ByteBuffer out) {}

    /**
     * Decodes the response data that follows a normal (00h) completion code. Non-normal codes
     * never reach this method. Extra trailing bytes are ignored; missing mandatory bytes throw.
     */
    R decodeResponse(ByteBuffer data) throws MalformedPacketException;
}
