/**
 * Transport commands (NetFn 0Ch, IPMI v2.0 chapters 23 and 26): LAN and SOL configuration parameters.
 */
package dev.ipmi.core.command.transport;
