/**
 * Cipher suites (IPMI v2.0 section 22.15.2), RAKP key exchange math (section 13.31-13.32),
 * integrity (13.28.4) and confidentiality (13.29, 13.30) algorithms, and IPMI 1.5 auth codes
 * (section 22.17).
 */
package dev.ipmi.core.crypto;
