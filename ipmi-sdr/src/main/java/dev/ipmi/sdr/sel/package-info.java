/**
 * The System Event Log (IPMI v2.0 rev 1.1 §31, §32): {@link dev.ipmi.sdr.sel.SelRecord} decodes
 * the 16-byte entries (system events with their readings and state names, OEM records),
 * {@link dev.ipmi.sdr.sel.SelReader} reads, times and clears the log on a session.
 */
package dev.ipmi.sdr.sel;
