package dev.ipmi.core.session;

/** Why a session codec refused an inbound datagram. */
public enum Rejection {
    /** Accepted. */
    NONE,
    /** Lengths, pad or header fields are inconsistent. */
    MALFORMED,
    /** The session negotiated integrity or encryption but the datagram lacks it. */
    SECURITY_DOWNGRADE,
    /** The auth code does not verify. */
    BAD_AUTH_CODE,
    /** Decryption failed: bad length or confidentiality padding. */
    DECRYPT_FAILED
}
