package dev.ipmi.sdr;

import java.util.List;

/**
 * The sensor type code (IPMI v2.0 rev 1.1 §42.2, table 42-3). An open value type; codes
 * C0h-FFh are OEM.
 */
public record SensorType(int value) {
    private static final List<String> NAMES = List.of(
            "Reserved", "Temperature", "Voltage", "Current", "Fan", "Physical Security",
            "Platform Security", "Processor", "Power Supply", "Power Unit", "Cooling Device",
            "Other Units-based Sensor", "Memory", "Drive Slot (Bay)", "POST Memory Resize",
            "System Firmware Progress", "Event Logging Disabled", "Watchdog 1", "System Event",
            "Critical Interrupt", "Button / Switch", "Module / Board",
            "Microcontroller / Coprocessor", "Add-in Card", "Chassis", "Chip Set", "Other FRU",
            "Cable / Interconnect", "Terminator", "System Boot / Restart Initiated", "Boot Error",
            "Base OS Boot / Installation Status", "OS Stop / Shutdown", "Slot / Connector",
            "System ACPI Power State", "Watchdog 2", "Platform Alert", "Entity Presence",
            "Monitor ASIC / IC", "LAN", "Management Subsystem Health", "Battery",
            "Session Audit", "Version Change", "FRU State");

    public static final SensorType TEMPERATURE = of(0x01);
    public static final SensorType VOLTAGE = of(0x02);
    public static final SensorType FAN = of(0x04);
    public static final SensorType PHYSICAL_SECURITY = of(0x05);
    public static final SensorType POWER_SUPPLY = of(0x08);
    public static final SensorType WATCHDOG_2 = of(0x23);

    public SensorType {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException("sensor type is one byte: " + value);
        }
    }

    /** Any byte; never throws for network input. */
    public static SensorType of(int value) {
        return new SensorType(value & 0xFF);
    }

    public String name() {
        if (value < NAMES.size()) {
            return NAMES.get(value);
        }
        return (value >= 0xC0 ? "OEM " : "Reserved ") + String.format("0x%02X", value);
    }

    @Override
    public String toString() {
        return name();
    }
}
