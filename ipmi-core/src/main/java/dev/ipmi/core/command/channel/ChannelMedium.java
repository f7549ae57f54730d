package dev.ipmi.core.command.channel;

/** Channel medium type (IPMI v2.0 section 6.5, table 6-3), an open type: 60h-7Fh are OEM. */
public record ChannelMedium(int code) {
    public static final ChannelMedium IPMB = new ChannelMedium(0x01);
    public static final ChannelMedium LAN_802_3 = new ChannelMedium(0x04);
    public static final ChannelMedium SERIAL = new ChannelMedium(0x05);
    public static final ChannelMedium OTHER_LAN = new ChannelMedium(0x06);
    public static final ChannelMedium SYSTEM_INTERFACE = new ChannelMedium(0x0C);

    @Override
    public String toString() {
        return switch (code) {
            case 0x01 -> "IPMB";
            case 0x02 -> "ICMB v1.0";
            case 0x03 -> "ICMB v0.9";
            case 0x04 -> "802.3 LAN";
            case 0x05 -> "Asynch. Serial/Modem (RS-232)";
            case 0x06 -> "Other LAN";
            case 0x07 -> "PCI SMBus";
            case 0x08 -> "SMBus v1.0/1.1";
            case 0x09 -> "SMBus v2.0";
            case 0x0A -> "USB 1.x";
            case 0x0B -> "USB 2.x";
            case 0x0C -> "System Interface";
            default -> String.format("medium %02Xh", code);
        };
    }
}
