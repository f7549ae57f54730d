package dev.ipmi.core.command;

/**
 * A network function code (IPMI v2.0 section 5.1, table 5-1): the even request value; the
 * response to a request carries {@code code + 1}.
 *
 * <p>An open type: any 6-bit value is accepted, the standard ones have constants.
 *
 * @param code the 6-bit request network function, even
 */
public record NetFn(int code) {
    public static final NetFn CHASSIS = new NetFn(0x00);
    public static final NetFn BRIDGE = new NetFn(0x02);
    public static final NetFn SENSOR_EVENT = new NetFn(0x04);
    public static final NetFn APP = new NetFn(0x06);
    public static final NetFn FIRMWARE = new NetFn(0x08);
    public static final NetFn STORAGE = new NetFn(0x0A);
    public static final NetFn TRANSPORT = new NetFn(0x0C);
    /** Group extension (DCMI uses group id DCh, carried as the first data byte). */
    public static final NetFn GROUP_EXTENSION = new NetFn(0x2C);
    public static final NetFn OEM_GROUP = new NetFn(0x2E);

    public NetFn {
        if (code < 0 || code > 0x3F) {
            throw new IllegalArgumentException("network function is 6 bits: " + code);
        }
    }

    /** The network function value for a response to this request. */
    public int responseCode() {
        return code | 1;
    }

    @Override
    public String toString() {
        return switch (code & 0x3E) {
            case 0x00 -> "Chassis";
            case 0x02 -> "Bridge";
            case 0x04 -> "Sensor/Event";
            case 0x06 -> "App";
            case 0x08 -> "Firmware";
            case 0x0A -> "Storage";
            case 0x0C -> "Transport";
            case 0x2C -> "Group Extension";
            case 0x2E -> "OEM/Group";
            default -> String.format("NetFn 0x%02x", code);
        };
    }
}
