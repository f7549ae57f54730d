/**
 * The core of the IPMI client library: the exception hierarchy shared by every module.
 *
 * <ul>
 *   <li>{@link dev.ipmi.core.wire} — RMCP, ASF, IPMI 1.5 / 2.0 session framing, IPMI messages,
 *       RMCP+ session setup messages (IPMI v2.0 sections 13.1-13.28, DSP0136 ASF 2.0 section 3.2).</li>
 *   <li>{@link dev.ipmi.core.crypto} — cipher suites, RAKP, integrity and confidentiality
 *       algorithms (IPMI v2.0 sections 13.28-13.32, 22.15.2).</li>
 *   <li>{@link dev.ipmi.core.command} — the typed command catalogue.</li>
 * </ul>
 */
package dev.ipmi.core;
