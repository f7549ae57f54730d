package dev.ipmi.testkit.sim;

import java.util.Optional;

/**
 * Answers IPMI commands the {@link SimulatedBmc} does not implement (OEM commands, or
 * overriding a built-in one). Runs on the BMC's selector thread: return quickly.
 */
@FunctionalInterface
public interface RawCommandHandler {

    /**
     * @param netFn   the request NetFn (even)
     * @param command the command byte
     * @param data    the request data after the command byte
     * @return completion code followed by response data, or empty to fall through to the
     *         built-in handling (C1h for unknown commands)
     */
    Optional<byte[]> handle(int netFn, int command, byte[] data);
}
