package dev.ipmi.core.command.storage;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import java.nio.ByteBuffer;

/**
 * Get SDR Repository Info (IPMI v2.0 section 33.9): NetFn Storage (0Ah), command 20h, privilege User, no side
 * effects. Response: the SDR repository's version, record count, free space and update modes (bits 6:5: 0 unspecified, 1 non-modal, 2 modal, 3 both) ({@link RepositoryInfo}).
 */
public record GetSdrRepositoryInfo() implements IpmiRequest<GetSdrRepositoryInfo.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get SDR Repository Info", NetFn.STORAGE, 0x20, PrivilegeLevel.USER);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    public static GetSdrRepositoryInfo decodeRequest(ByteBuffer data) {
        return new GetSdrRepositoryInfo();
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        return new Response(RepositoryInfo.decode(data, "Get SDR Repository Info response"));
    }

    public record Response(RepositoryInfo info) implements CommandResponse {
        @Override
        public int encodedLength() {
            return RepositoryInfo.LENGTH;
        }

        @Override
        public void encode(ByteBuffer out) {
            info.encode(out);
        }
    }
}
