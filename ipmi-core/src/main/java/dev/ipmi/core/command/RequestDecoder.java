package dev.ipmi.core.command;

import dev.ipmi.core.MalformedPacketException;
import java.nio.ByteBuffer;

/**
 * Parses the request data of one command (what a BMC does on receipt); every catalogue
 * command exposes one as {@code X::decodeRequest}.
 */
@FunctionalInterface
public interface RequestDecoder {
    IpmiRequest<? extends CommandResponse> decode(ByteBuffer data) throws MalformedPacketException;
}
