/**
 * RMCP+ payload commands (NetFn App 06h, IPMI v2.0 chapter 24): activate and deactivate payloads such as SOL, their status, owner and support.
 */
package dev.ipmi.core.command.payload;
