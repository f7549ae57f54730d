/**
 * The typed IPMI command catalogue: one record per command implementing
 * {@link dev.ipmi.core.command.IpmiRequest}, with its response nested, plus
 * {@link dev.ipmi.core.command.CompletionCode} (IPMI v2.0 section 5.2).
 */
package dev.ipmi.core.command;
