package dev.ipmi.sdr.fru;

/**
 * The sub-record type of a Management Access multirecord (FRU Information Storage Definition
 * v1.0 §18.4, byte 0). Open: reserved values are kept and print as hex.
 */
public record ManagementAccessType(int value) {
    public static final ManagementAccessType SYSTEM_MANAGEMENT_URL = new ManagementAccessType(0x01);
    public static final ManagementAccessType SYSTEM_NAME = new ManagementAccessType(0x02);
    public static final ManagementAccessType SYSTEM_PING_ADDRESS = new ManagementAccessType(0x03);
    public static final ManagementAccessType COMPONENT_MANAGEMENT_URL = new ManagementAccessType(0x04);
    public static final ManagementAccessType COMPONENT_NAME = new ManagementAccessType(0x05);
    public static final ManagementAccessType COMPONENT_PING_ADDRESS = new ManagementAccessType(0x06);
    /** 16 bytes, the system's GUID: binary, not text. */
    public static final ManagementAccessType SYSTEM_UNIQUE_ID = new ManagementAccessType(0x07);

    private static final String[] NAMES = {null, "System management URL", "System name", "System ping address",
        "Component management URL", "Component name", "Component ping address", "System unique ID"};

    public ManagementAccessType {
        value &= 0xFF;
    }

    /** Never throws: reserved values are kept. */
    public static ManagementAccessType of(int value) {
        return new ManagementAccessType(value);
    }

    /** True for the types whose value is ASCII text (all defined ones but the unique ID). */
    public boolean text() {
        return value >= 0x01 && value <= 0x06;
    }

    @Override
    public String toString() {
        return value >= 1 && value < NAMES.length ? NAMES[value] : String.format("reserved (0x%02X)", value);
    }
}
