package dev.ipmi.sol;

import dev.ipmi.core.command.PrivilegeLevel;

/**
 * Who holds a SOL payload instance, as far as the BMC tells: Get Payload Instance Info (IPMI v2.0
 * section 24.5) gives the session id; Get Session Info (22.20) the user, privilege, channel and,
 * on BMCs that report it, the remote address; Get User Name (22.29) the name.
 *
 * @param sessionId     the owner's BMC session id; 0 when the BMC only says "active" (no instance info)
 * @param userId        0 when unknown
 * @param userName      {@code null} when unknown
 * @param privilege     {@code null} when unknown
 * @param channel       -1 when unknown
 * @param remoteAddress "a.b.c.d:port", {@code null} when the BMC omits it (ipmi_sim does)
 */
public record SolOwner(int sessionId, int userId, String userName, PrivilegeLevel privilege, int channel,
        String remoteAddress) {

    /** An owner known only by session id (or not even that). */
    public static SolOwner ofSession(int sessionId) {
        return new SolOwner(sessionId, 0, null, null, -1, null);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("session ").append(String.format("0x%08x", sessionId));
        if (userId != 0) {
            b.append(", user ").append(userId);
            if (userName != null) {
                b.append(" '").append(userName).append('\'');
            }
        }
        if (privilege != null) {
            b.append(", ").append(privilege);
        }
        if (channel >= 0) {
            b.append(", channel ").append(channel);
        }
        if (remoteAddress != null) {
            b.append(", from ").append(remoteAddress);
        }
        return b.toString();
    }
}
