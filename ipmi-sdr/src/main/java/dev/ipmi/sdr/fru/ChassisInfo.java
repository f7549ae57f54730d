package dev.ipmi.sdr.fru;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.sdr.TypeLengthText;
import java.util.List;

/**
 * The chassis info area (FRU Information Storage Definition §10).
 *
 * <pre>
 * 0 version  1 length/8  2 chassis type (SMBIOS 3.x type 3 codes)
 * 3 part number, serial number, custom fields..., C1h, pad, checksum
 * </pre>
 */
public record ChassisInfo(int chassisType, String partNumber, String serialNumber,
                          List<TypeLengthText> custom) {
    private static final List<String> TYPES = List.of("Unspecified", "Other", "Unknown", "Desktop",
            "Low Profile Desktop", "Pizza Box", "Mini Tower", "Tower", "Portable", "LapTop",
            "Notebook", "Hand Held", "Docking Station", "All in One", "Sub Notebook",
            "Space-saving", "Lunch Box", "Main Server Chassis", "Expansion Chassis", "SubChassis",
            "Bus Expansion Chassis", "Peripheral Chassis", "RAID Chassis", "Rack Mount Chassis",
            "Sealed-case PC", "Multi-system Chassis", "Compact PCI", "Advanced TCA", "Blade",
            "Blade Enclosure", "Tablet", "Convertible", "Detachable", "IoT Gateway",
            "Embedded PC", "Mini PC", "Stick PC");

    public ChassisInfo {
        custom = List.copyOf(custom);
    }

    static ChassisInfo read(FruArea area) throws MalformedPacketException {
        int type = area.u8("chassis type");
        String part = FruArea.text(area.field("part number"));
        String serial = FruArea.text(area.field("serial number"));
        return new ChassisInfo(type, part, serial, area.customFields());
    }

    /** The chassis type's name, e.g. "Rack Mount Chassis". */
    public String chassisTypeName() {
        return chassisType < TYPES.size() ? TYPES.get(chassisType) : String.format("Unknown (0x%02X)", chassisType);
    }
}
