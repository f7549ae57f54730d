package dev.ipmi.core.command.channel;

/** Channel protocol type (IPMI v2.0 section 6.4, table 6-2), an open type: 1Ch-1Fh are OEM. */
public record ChannelProtocol(int code) {
    public static final ChannelProtocol IPMB = new ChannelProtocol(0x01);
    public static final ChannelProtocol IPMI_SMBUS = new ChannelProtocol(0x04);
    public static final ChannelProtocol KCS = new ChannelProtocol(0x05);

    @Override
    public String toString() {
        return switch (code) {
            case 0x01 -> "IPMB-1.0";
            case 0x02 -> "ICMB-1.0";
            case 0x04 -> "IPMI-SMBus";
            case 0x05 -> "KCS";
            case 0x06 -> "SMIC";
            case 0x07 -> "BT-10";
            case 0x08 -> "BT-15";
            case 0x09 -> "TMode";
            default -> String.format("protocol %02Xh", code);
        };
    }
}
