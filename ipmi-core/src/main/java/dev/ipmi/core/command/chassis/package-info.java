/**
 * Chassis commands (NetFn 00h, IPMI v2.0 chapter 28): capabilities, status, power control, identify, restore policy, restart cause, boot options and power-on hours.
 */
package dev.ipmi.core.command.chassis;
