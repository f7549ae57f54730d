/**
 * RMCP+ and IPMI 1.5 cryptography (IPMI v2.0 rev 1.1).
 *
 * <ul>
 *   <li>Cipher suites and the records of Get Channel Cipher Suites: section 22.15.2
 *       ({@link dev.ipmi.core.crypto.CipherSuite}, {@link dev.ipmi.core.crypto.CipherSuiteRecords}).</li>
 *   <li>RAKP key exchange math, SIK, K1, K2: sections 13.31-13.32
 *       ({@link dev.ipmi.core.crypto.RakpMath}, {@link dev.ipmi.core.crypto.SessionKeys}).</li>
 *   <li>Integrity algorithms: section 13.28.4 ({@link dev.ipmi.core.crypto.Integrity}).</li>
 *   <li>Confidentiality algorithms: AES-CBC-128 section 13.29, xRC4 section 13.30
 *       ({@link dev.ipmi.core.crypto.Confidentiality}).</li>
 *   <li>IPMI 1.5 session auth codes: sections 13.6 and 22.17
 *       ({@link dev.ipmi.core.crypto.Ipmi15AuthCode}, {@link dev.ipmi.core.crypto.Ipmi15AuthPolicy}).</li>
 *   <li>JCA engine lookup with the optional BouncyCastle fallback
 *       ({@link dev.ipmi.core.crypto.CryptoProvider}).</li>
 * </ul>
 *
 * <p>Keyed algorithm instances are created once per session and are single-threaded; secrets
 * live in {@code byte[]} that {@code close()} wipes and never appear in {@code toString()}.
 */
package dev.ipmi.core.crypto;
