package dev.ipmi.lan;

/** The session protocol: IPMI 2.0 RMCP+ (RAKP, cipher suites) or IPMI 1.5 (challenge/response). */
public enum IpmiVersion {
    /** RMCP+ with RAKP authentication and per-packet integrity/encryption (ipmitool {@code -I lanplus}). */
    V2_0,
    /** IPMI 1.5 sessions with none/MD2/MD5/straight password auth codes (ipmitool {@code -I lan}). */
    V1_5
}
