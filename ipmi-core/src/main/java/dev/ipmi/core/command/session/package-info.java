/**
 * Session commands (NetFn App 06h, IPMI v2.0 sections 22.13-22.20): authentication capabilities, the IPMI 1.5 challenge/activate handshake, session privilege, close and session info.
 */
package dev.ipmi.core.command.session;
