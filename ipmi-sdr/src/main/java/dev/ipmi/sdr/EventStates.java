package dev.ipmi.sdr;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names of event/reading state offsets: the threshold offsets (event/reading type 01h), the
 * generic discrete tables (02h-0Ch, IPMI v2.0 rev 1.1 table 42-2) and the sensor-specific
 * offsets by sensor type (6Fh, table 42-3).
 */
public final class EventStates {
    private static final List<String> THRESHOLD = List.of(
            "Lower Non-critical going low", "Lower Non-critical going high",
            "Lower Critical going low", "Lower Critical going high",
            "Lower Non-recoverable going low", "Lower Non-recoverable going high",
            "Upper Non-critical going low", "Upper Non-critical going high",
            "Upper Critical going low", "Upper Critical going high",
            "Upper Non-recoverable going low", "Upper Non-recoverable going high");

    private static final Map<Integer, List<String>> GENERIC = Map.ofEntries(
            Map.entry(0x02, List.of("Transition to Idle", "Transition to Active", "Transition to Busy")),
            Map.entry(0x03, List.of("State Deasserted", "State Asserted")),
            Map.entry(0x04, List.of("Predictive Failure deasserted", "Predictive Failure asserted")),
            Map.entry(0x05, List.of("Limit Not Exceeded", "Limit Exceeded")),
            Map.entry(0x06, List.of("Performance Met", "Performance Lags")),
            Map.entry(0x07, List.of("Transition to OK", "Transition to Non-Critical from OK",
                    "Transition to Critical from less severe",
                    "Transition to Non-recoverable from less severe",
                    "Transition to Non-Critical from more severe",
                    "Transition to Critical from Non-recoverable",
                    "Transition to Non-recoverable", "Monitor", "Informational")),
            Map.entry(0x08, List.of("Device Absent", "Device Present")),
            Map.entry(0x09, List.of("Device Disabled", "Device Enabled")),
            Map.entry(0x0A, List.of("Transition to Running", "Transition to In Test",
                    "Transition to Power Off", "Transition to On Line", "Transition to Off Line",
                    "Transition to Off Duty", "Transition to Degraded", "Transition to Power Save",
                    "Install Error")),
            Map.entry(0x0B, List.of("Fully Redundant", "Redundancy Lost", "Redundancy Degraded",
                    "Non-redundant: Sufficient Resources from Redundant",
                    "Non-redundant: Sufficient Resources from Insufficient Resources",
                    "Non-redundant: Insufficient Resources",
                    "Redundancy Degraded from Fully Redundant",
                    "Redundancy Degraded from Non-redundant")),
            Map.entry(0x0C, List.of("D0 Power State", "D1 Power State", "D2 Power State",
                    "D3 Power State")));

    private static final Map<Integer, List<String>> SENSOR_SPECIFIC = Map.ofEntries(
            Map.entry(0x05, List.of("General Chassis intrusion", "Drive Bay intrusion",
                    "I/O Card area intrusion", "Processor area intrusion", "LAN Leash Lost",
                    "Unauthorized dock/undock", "FAN area intrusion")),
            Map.entry(0x06, List.of("Secure Mode Violation attempt",
                    "Pre-boot Password Violation - user password",
                    "Pre-boot Password Violation attempt - setup password",
                    "Pre-boot Password Violation - network boot password",
                    "Other pre-boot Password Violation", "Out-of-band Access Password Violation")),
            Map.entry(0x07, List.of("IERR", "Thermal Trip", "FRB1/BIST failure",
                    "FRB2/Hang in POST failure", "FRB3/Processor Startup/Initialization failure",
                    "Configuration Error", "SM BIOS Uncorrectable CPU-complex Error",
                    "Presence detected", "Disabled", "Terminator presence detected",
                    "Throttled", "Uncorrectable machine check exception",
                    "Correctable machine check error")),
            Map.entry(0x08, List.of("Presence detected", "Failure detected", "Predictive failure",
                    "Power Supply AC lost", "AC lost or out-of-range", "AC out-of-range, but present",
                    "Config Error")),
            Map.entry(0x09, List.of("Power off/down", "Power cycle", "240VA power down",
                    "Interlock power down", "AC lost", "Soft-power control failure", "Failure detected",
                    "Predictive failure")),
            Map.entry(0x0C, List.of("Correctable ECC", "Uncorrectable ECC", "Parity",
                    "Memory Scrub Failed", "Memory Device Disabled", "Correctable ECC logging limit reached",
                    "Presence Detected", "Configuration Error", "Spare", "Throttled",
                    "Critical Overtemperature")),
            Map.entry(0x0D, List.of("Drive Present", "Drive Fault", "Predictive Failure", "Hot Spare",
                    "Parity Check In Progress", "In Critical Array", "In Failed Array",
                    "Rebuild In Progress", "Rebuild Aborted")),
            Map.entry(0x0F, List.of("System Firmware Error", "System Firmware Hang",
                    "System Firmware Progress")),
            Map.entry(0x10, List.of("Correctable memory error logging disabled",
                    "Event type logging disabled", "Log area reset/cleared",
                    "All event logging disabled", "Log full", "Log almost full",
                    "Correctable Machine Check Error Logging Disabled")),
            Map.entry(0x11, List.of("BIOS Reset", "OS Reset", "OS Shut Down", "OS Power Down",
                    "OS Power Cycle", "OS NMI/Diag Interrupt", "OS Expired", "OS pre-timeout Interrupt")),
            Map.entry(0x12, List.of("System Reconfigured", "OEM System boot event",
                    "Undetermined system hardware failure", "Entry added to auxiliary log",
                    "PEF Action", "Timestamp Clock Sync")),
            Map.entry(0x13, List.of("NMI/Diag Interrupt", "Bus Timeout", "I/O Channel check NMI",
                    "Software NMI", "PCI PERR", "PCI SERR", "EISA failsafe timeout",
                    "Bus Correctable error", "Bus Uncorrectable error", "Fatal NMI", "Bus Fatal Error",
                    "Bus Degraded")),
            Map.entry(0x14, List.of("Power Button pressed", "Sleep Button pressed",
                    "Reset Button pressed", "FRU latch open", "FRU service request button")),
            Map.entry(0x19, List.of("Soft Power Control Failure", "Thermal Trip")),
            Map.entry(0x1B, List.of("Connected", "Config Error")),
            Map.entry(0x1D, List.of("Initiated by power up", "Initiated by hard reset",
                    "Initiated by warm reset", "User requested PXE boot",
                    "Automatic boot to diagnostic", "OS initiated hard reset",
                    "OS initiated warm reset", "System Restart")),
            Map.entry(0x1E, List.of("No bootable media", "Non-bootable disk in drive",
                    "PXE server not found", "Invalid boot sector", "Timeout waiting for selection")),
            Map.entry(0x1F, List.of("A: boot completed", "C: boot completed", "PXE boot completed",
                    "Diagnostic boot completed", "CD-ROM boot completed", "ROM boot completed",
                    "boot completed - device not specified", "Installation started",
                    "Installation completed", "Installation aborted", "Installation failed")),
            Map.entry(0x20, List.of("Error during system startup", "Run-time critical stop",
                    "OS graceful stop", "OS graceful shutdown", "PEF initiated soft shutdown",
                    "Agent not responding")),
            Map.entry(0x21, List.of("Fault Status", "Identify Status", "Device Installed",
                    "Ready for Device Installation", "Ready for Device Removal", "Slot Power is Off",
                    "Device Removal Request", "Interlock", "Slot is Disabled", "Spare Device")),
            Map.entry(0x22, List.of("S0/G0: working", "S1: sleeping with system hw & processor context maintained",
                    "S2: sleeping, processor context lost",
                    "S3: sleeping, processor & hw context lost, memory retained",
                    "S4: non-volatile sleep/suspend-to-disk", "S5/G2: soft-off",
                    "S4/S5: soft-off", "G3: mechanical off", "Sleeping in S1/S2/S3 state",
                    "G1: sleeping", "S5: entered by override", "Legacy ON state", "Legacy OFF state",
                    "Reserved", "Unknown")),
            Map.entry(0x23, List.of("Timer expired", "Hard reset", "Power down", "Power cycle",
                    "Reserved", "Reserved", "Reserved", "Reserved", "Timer interrupt")),
            Map.entry(0x24, List.of("Platform generated page", "Platform generated LAN alert",
                    "Platform Event Trap generated", "Platform generated SNMP trap, OEM format")),
            Map.entry(0x25, List.of("Present", "Absent", "Disabled")),
            Map.entry(0x27, List.of("Heartbeat Lost", "Heartbeat")),
            Map.entry(0x28, List.of("Sensor access degraded or unavailable",
                    "Controller access degraded or unavailable", "Management controller off-line",
                    "Management controller unavailable", "Sensor failure", "FRU failure")),
            Map.entry(0x29, List.of("Low", "Failed", "Presence Detected")),
            Map.entry(0x2A, List.of("Session Activated", "Session Deactivated",
                    "Invalid Username or Password", "Invalid password disable")),
            Map.entry(0x2B, List.of("Hardware change detected", "Firmware or software change detected",
                    "Hardware incompatibility detected", "Firmware or software incompatibility detected",
                    "Invalid or unsupported hardware version",
                    "Invalid or unsupported firmware or software version",
                    "Hardware change successful", "Software or firmware change successful")),
            Map.entry(0x2C, List.of("Not Installed", "Inactive", "Activation Requested",
                    "Activation in Progress", "Active", "Deactivation Requested",
                    "Deactivation in Progress", "Communication lost")));

    private EventStates() {}

    /**
     * The name of state {@code offset} (0-14) for a sensor of this event/reading type and
     * sensor type; empty for OEM types, unnamed offsets and reserved entries.
     */
    public static Optional<String> name(EventReadingType eventReadingType, SensorType sensorType, int offset) {
        List<String> table;
        if (eventReadingType.isThreshold()) {
            table = THRESHOLD;
        } else if (eventReadingType.isGenericDiscrete()) {
            table = GENERIC.get(eventReadingType.value());
        } else if (eventReadingType.isSensorSpecific()) {
            table = SENSOR_SPECIFIC.get(sensorType.value());
        } else {
            table = null;
        }
        if (table == null || offset < 0 || offset >= table.size() || table.get(offset).equals("Reserved")) {
            return Optional.empty();
        }
        return Optional.of(table.get(offset));
    }

    /** The names of every asserted state in a 15-bit state mask (Get Sensor Reading bytes 3-4). */
    public static List<String> names(EventReadingType eventReadingType, SensorType sensorType, int stateMask) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (int offset = 0; offset < 15; offset++) {
            if ((stateMask & 1 << offset) != 0) {
                int o = offset;
                out.add(name(eventReadingType, sensorType, offset)
                        .orElseGet(() -> String.format("State %d", o)));
            }
        }
        return List.copyOf(out);
    }
}
