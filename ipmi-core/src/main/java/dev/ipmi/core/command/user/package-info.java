/**
 * User account commands (NetFn App 06h, IPMI v2.0 sections 22.26-22.30): user access, names and passwords.
 */
package dev.ipmi.core.command.user;
