/**
 * Channel commands (NetFn App 06h, IPMI v2.0 sections 22.15, 22.22-22.24): channel info, channel access and cipher suites.
 */
package dev.ipmi.core.command.channel;
