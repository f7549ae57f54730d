package dev.ipmi.core.command.session;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.AuthType;

final class AuthTypes {
    private AuthTypes() {}

    /** An IPMI 1.5 authentication type from a command field; RMCP+ (6) is not one. */
    static AuthType decode(int code, String structure) throws MalformedPacketException {
        AuthType t = AuthType.fromCode(code);
        if (t == null || t == AuthType.RMCP_PLUS) {
            throw new MalformedPacketException(structure + ": reserved authentication type " + code);
        }
        return t;
    }
}
