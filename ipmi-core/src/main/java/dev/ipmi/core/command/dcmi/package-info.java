/**
 * DCMI commands (group extension NetFn 2Ch, group id DCh; DCMI specification v1.5): capabilities and power management.
 */
package dev.ipmi.core.command.dcmi;
