/**
 * Session-level building blocks shared by the client (ipmi-lan) and the simulated BMC
 * (ipmi-testkit): the inbound sequence number window (IPMI v2.0 sections 6.12.12-6.12.13)
 * and whole-datagram codecs for IPMI 1.5 and RMCP+ sessions (section 13.6, 13.28-13.29).
 */
package dev.ipmi.core.session;
