package dev.ipmi.lan;

import dev.ipmi.core.command.CompletionCode;
import dev.ipmi.core.wire.Wire;

/**
 * A response exactly as the BMC sent it: completion code and the data bytes after it, from
 * {@link IpmiSession#sendRaw}. A non-normal completion code is returned here, not thrown.
 *
 * @param completionCode the completion code
 * @param data           the response data after the completion code (a copy owned by the caller)
 */
public record RawResponse(CompletionCode completionCode, byte[] data) {
    @Override
    public String toString() {
        return "RawResponse[" + completionCode + ", data=" + Wire.hex(data) + "]";
    }
}
