package dev.ipmi.lan;

/** Why an inbound datagram was dropped without reaching a request or session. */
public enum DropReason {
    /** Shorter than its headers or with inconsistent lengths or checksums. */
    MALFORMED,
    /** Not RMCP/IPMI/ASF, or a payload type this client does not expect. */
    UNEXPECTED_TYPE,
    /** From an address or for a session id this client does not know. */
    UNKNOWN_SESSION,
    /** Sequence number already seen or outside the acceptance window (a replay or a late duplicate). */
    OUT_OF_WINDOW,
    /** The integrity auth code or IPMI 1.5 auth code did not verify (forged or corrupt). */
    BAD_AUTH_CODE,
    /** Unauthenticated or unencrypted although the session negotiated integrity/encryption. */
    SECURITY_DOWNGRADE,
    /** Decryption failed (bad length or padding). */
    DECRYPT_FAILED,
    /** A response that matches no outstanding request (late, duplicate, or unsolicited). */
    NO_MATCHING_REQUEST
}
