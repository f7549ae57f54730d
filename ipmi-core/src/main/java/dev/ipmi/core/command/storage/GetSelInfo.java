package dev.ipmi.core.command.storage;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.CommandResponse;
import dev.ipmi.core.command.CommandSpec;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.PrivilegeLevel;
import java.nio.ByteBuffer;

/**
 * Get SEL Info (IPMI v2.0 section 31.2): NetFn Storage (0Ah), command 40h, privilege User, no side
 * effects. Response: the SEL's version, entry count, free space (16-byte entries) and supported operations ({@link RepositoryInfo}).
 */
public record GetSelInfo() implements IpmiRequest<GetSelInfo.Response> {
    public static final CommandSpec SPEC = CommandSpec.query("Get SEL Info", NetFn.STORAGE, 0x40, PrivilegeLevel.USER);

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    public static GetSelInfo decodeRequest(ByteBuffer data) {
        return new GetSelInfo();
    }

    @Override
    public Response decodeResponse(ByteBuffer data) throws MalformedPacketException {
        return new Response(RepositoryInfo.decode(data, "Get SEL Info response"));
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
