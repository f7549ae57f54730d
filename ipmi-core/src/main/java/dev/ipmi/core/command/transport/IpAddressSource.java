package dev.ipmi.core.command.transport;

import dev.ipmi.core.MalformedPacketException;

/** LAN parameter 4, IP address source (IPMI v2.0 table 23-4), bits 3:0 in wire order. */
public enum IpAddressSource {
    UNSPECIFIED, STATIC, DHCP, BIOS_OR_SYSTEM_SOFTWARE, OTHER;

    static IpAddressSource decode(int code) throws MalformedPacketException {
        if (code >= values().length) {
            throw new MalformedPacketException("LAN IP address source: reserved value " + code);
        }
        return values()[code];
    }
}
