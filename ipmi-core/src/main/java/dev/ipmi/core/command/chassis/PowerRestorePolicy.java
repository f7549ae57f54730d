package dev.ipmi.core.command.chassis;

/** What the chassis does when AC power returns (IPMI v2.0 sections 28.2 and 28.8), in wire order. */
public enum PowerRestorePolicy {
    ALWAYS_OFF, PREVIOUS, ALWAYS_ON, UNKNOWN
}
