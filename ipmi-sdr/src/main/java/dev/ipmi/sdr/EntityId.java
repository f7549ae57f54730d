package dev.ipmi.sdr;

import java.util.List;

/**
 * What physical or logical thing a sensor or FRU belongs to (IPMI v2.0 rev 1.1 §43.14,
 * table 43-13). An open value type: {@link #of(int)} accepts any byte; unnamed codes print as
 * hex or by their reserved range.
 */
public record EntityId(int value) {
    private static final List<String> NAMES = List.of(
            "Unspecified", "Other", "Unknown", "Processor", "Disk or Disk Bay", "Peripheral Bay",
            "System Management Module", "System Board", "Memory Module", "Processor Module",
            "Power Supply", "Add-in Card", "Front Panel Board", "Back Panel Board",
            "Power System Board", "Drive Backplane", "System Internal Expansion Board",
            "Other System Board", "Processor Board", "Power Unit", "Power Module",
            "Power Management", "Chassis Back Panel Board", "System Chassis", "Sub-Chassis",
            "Other Chassis Board", "Disk Drive Bay", "Peripheral Bay", "Device Bay",
            "Fan Device", "Cooling Unit", "Cable/Interconnect", "Memory Device",
            "System Management Software", "System Firmware", "Operating System", "System Bus",
            "Group", "Remote Management Communication Device", "External Environment", "Battery",
            "Processing Blade", "Connectivity Switch", "Processor/Memory Module", "I/O Module",
            "Processor/IO Module", "Management Controller Firmware", "IPMI Channel", "PCI Bus",
            "PCI Express Bus", "SCSI Bus (parallel)", "SATA/SAS Bus", "Processor/Front-Side Bus",
            "Real Time Clock", "Reserved", "Air Inlet", "Reserved", "Reserved");

    public static final EntityId SYSTEM_MANAGEMENT_MODULE = of(0x06);
    public static final EntityId SYSTEM_BOARD = of(0x07);
    public static final EntityId POWER_SUPPLY = of(0x0A);

    public EntityId {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException("entity id is one byte: " + value);
        }
    }

    /** Any byte; never throws for network input. */
    public static EntityId of(int value) {
        return new EntityId(value & 0xFF);
    }

    /** The spec's name, or a range description for chassis/board-set/OEM specific codes. */
    public String name() {
        if (value < NAMES.size()) {
            return NAMES.get(value);
        }
        return switch (value) {
            // DCMI re-uses three codes from the reserved space; shown by their DCMI names.
            case 0x40 -> "Air Inlet";
            case 0x41 -> "Processor";
            case 0x42 -> "Baseboard";
            default -> value >= 0x90 && value <= 0xAF ? "Chassis-specific " + hex()
                    : value >= 0xB0 && value <= 0xCF ? "Board-set specific " + hex()
                    : value >= 0xD0 ? "OEM " + hex()
                    : "Reserved " + hex();
        };
    }

    private String hex() {
        return String.format("0x%02X", value);
    }

    @Override
    public String toString() {
        return name() + " (" + hex() + ")";
    }
}
