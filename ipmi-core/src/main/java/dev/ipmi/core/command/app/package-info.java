/**
 * App commands for the management controller itself (NetFn 06h): device identity and GUIDs, self test, resets, watchdog timer (IPMI v2.0 chapter 27) and BMC global enables (section 22.1-22.2), and bridging (Send/Get Message, Master Write-Read).
 */
package dev.ipmi.core.command.app;
