/**
 * Storage commands (NetFn 0Ah, IPMI v2.0 chapters 31, 33 and 34): SDR repository, SEL and FRU inventory.
 */
package dev.ipmi.core.command.storage;
