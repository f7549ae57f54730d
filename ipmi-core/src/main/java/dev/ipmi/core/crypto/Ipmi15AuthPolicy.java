package dev.ipmi.core.crypto;

import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.AuthType;

/**
 * Which IPMI 1.5 session packets must carry an AuthCode, from the channel's
 * per-message and user-level authentication settings that Get Channel Authentication
 * Capabilities reports (IPMI v2.0 section 22.13, response byte 3; the authentication disables of section 6.12).
 *
 * <ul>
 *   <li>Activate Session is always authenticated with the session's auth type.</li>
 *   <li>With per-message authentication disabled, later packets may use auth type NONE.</li>
 *   <li>With user-level authentication disabled, commands that need at most USER privilege may
 *       use auth type NONE even while per-message authentication is enabled.</li>
 * </ul>
 *
 * @param perMessageAuthentication whether every packet after activation must be authenticated
 * @param userLevelAuthentication  whether USER-level commands must be authenticated
 */
public record Ipmi15AuthPolicy(boolean perMessageAuthentication, boolean userLevelAuthentication) {
    /** Everything authenticated: what a console does when it does not know the channel's settings. */
    public static final Ipmi15AuthPolicy STRICT = new Ipmi15AuthPolicy(true, true);

    private static final int PER_MESSAGE_DISABLED = 0x10;
    private static final int USER_LEVEL_DISABLED = 0x08;

    /** From byte 3 of the Get Channel Authentication Capabilities response (bit 4, bit 3: 1 = disabled). */
    public static Ipmi15AuthPolicy fromCapabilities(int byte3) {
        return new Ipmi15AuthPolicy((byte3 & PER_MESSAGE_DISABLED) == 0, (byte3 & USER_LEVEL_DISABLED) == 0);
    }

    /**
     * The auth type a request is sent with.
     *
     * @param sessionType      the session's negotiated auth type
     * @param activateSession  whether the request is Activate Session
     * @param required         the privilege the command needs
     */
    public AuthType authTypeFor(AuthType sessionType, boolean activateSession, PrivilegeLevel required) {
        if (activateSession || sessionType == AuthType.NONE) {
            return sessionType;
        }
        if (!perMessageAuthentication) {
            return AuthType.NONE;
        }
        if (!userLevelAuthentication && PrivilegeLevel.USER.covers(required)) {
            return AuthType.NONE;
        }
        return sessionType;
    }

    /**
     * Whether a response may arrive with auth type NONE, i.e. without an AuthCode to check:
     * when its request went unauthenticated, or when the channel switched per-message
     * authentication off. Otherwise an unauthenticated response is dropped as forged.
     */
    public boolean acceptsUnauthenticatedResponse(AuthType requestAuthType) {
        return requestAuthType == AuthType.NONE || !perMessageAuthentication;
    }
}
