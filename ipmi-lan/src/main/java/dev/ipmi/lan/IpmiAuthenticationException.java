package dev.ipmi.lan;

import dev.ipmi.core.IpmiException;

/**
 * Session establishment was refused or could not be verified. {@link #reason()} says why in
 * the spec's terms; {@link #statusCode()} is the RMCP+ status code (IPMI v2.0 table 13-15)
 * when the BMC sent one, or the IPMI 1.5 completion code, else -1.
 */
public class IpmiAuthenticationException extends IpmiException {
    private static final long serialVersionUID = 1L;

    /** Why the session could not be established. */
    public enum Reason {
        /** The RAKP 2 auth code did not verify: the password or the BMC key (Kg) is wrong. */
        WRONG_PASSWORD_OR_KG,
        /** The BMC does not know the user name, or the user is disabled (RAKP status 0Dh). */
        UNKNOWN_USER,
        /** The requested role / privilege is not allowed for this user (status 09h, 0Ah, 12h; IPMI 1.5 86h). */
        PRIVILEGE_NOT_ALLOWED,
        /** The BMC does not support the proposed algorithms (status 04h, 05h, 10h, 11h). */
        ALGORITHM_NOT_SUPPORTED,
        /** The BMC's RAKP 4 integrity check value did not verify: not the BMC we exchanged keys with. */
        BMC_NOT_AUTHENTIC,
        /** The policy refused what the BMC offered (e.g. cipher suite 0 or auth type none not allowed). */
        REFUSED_BY_POLICY,
        /** Any other refusal; see the status code. */
        OTHER
    }

    private final Reason reason;
    private final int statusCode;

    public IpmiAuthenticationException(Reason reason, int statusCode, String message) {
        super(message);
        this.reason = reason;
        this.statusCode = statusCode;
    }

    public Reason reason() {
        return reason;
    }

    /** The RMCP+ status code or IPMI 1.5 completion code the BMC sent, or -1 when none applies. */
    public int statusCode() {
        return statusCode;
    }
}
