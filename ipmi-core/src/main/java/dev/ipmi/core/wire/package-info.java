/**
 * One record per wire structure, each with {@code decode(ByteBuffer)} and
 * {@code encode(ByteBuffer)}: RMCP (DSP0136 ASF 2.0 section 3.2.2; IPMI v2.0 section 13.1),
 * ASF presence ping/pong (ASF 2.0 section 3.2.4), IPMI 1.5 and 2.0 session headers
 * (IPMI v2.0 sections 13.6, 13.8), IPMI LAN messages (section 13.8), RMCP+ Open Session and
 * RAKP 1-4 (sections 13.17-13.23).
 */
package dev.ipmi.core.wire;
