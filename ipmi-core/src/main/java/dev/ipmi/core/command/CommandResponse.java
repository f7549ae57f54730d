package dev.ipmi.core.command;

import java.nio.ByteBuffer;

/**
 * The decoded data of a successful response (everything after the 00h completion code).
 *
 * <p>Responses encode themselves too: the simulated BMC in ipmi-testkit answers requests with
 * the same records the client decodes, and the catalogue test checks that every response
 * survives encode then decode unchanged. A response without data keeps the defaults.
 */
public interface CommandResponse {

    /** Exact number of bytes {@link #encode} writes (completion code not included). */
    default int encodedLength() {
        return 0;
    }

    /** Writes the response data that follows the completion code. */
    default void encode(ByteBuffer out) {}
}
