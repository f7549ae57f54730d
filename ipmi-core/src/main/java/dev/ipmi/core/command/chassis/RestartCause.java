package dev.ipmi.core.command.chassis;

/** Why the system last restarted (IPMI v2.0 section 28.11, bits 3:0): an open type. */
public record RestartCause(int code) {
    public static final RestartCause UNKNOWN = new RestartCause(0x0);
    public static final RestartCause CHASSIS_CONTROL = new RestartCause(0x1);
    public static final RestartCause RESET_BUTTON = new RestartCause(0x2);
    public static final RestartCause POWER_BUTTON = new RestartCause(0x3);
    public static final RestartCause WATCHDOG = new RestartCause(0x4);
    public static final RestartCause OEM = new RestartCause(0x5);
    public static final RestartCause AUTO_POWER_UP_ALWAYS_ON = new RestartCause(0x6);
    public static final RestartCause AUTO_POWER_UP_PREVIOUS = new RestartCause(0x7);
    public static final RestartCause PEF_RESET = new RestartCause(0x8);
    public static final RestartCause PEF_POWER_CYCLE = new RestartCause(0x9);
    public static final RestartCause SOFT_RESET = new RestartCause(0xA);
    public static final RestartCause RTC_WAKEUP = new RestartCause(0xB);

    @Override
    public String toString() {
        return switch (code) {
            case 0x0 -> "UNKNOWN";
            case 0x1 -> "CHASSIS_CONTROL";
            case 0x2 -> "RESET_BUTTON";
            case 0x3 -> "POWER_BUTTON";
            case 0x4 -> "WATCHDOG";
            case 0x5 -> "OEM";
            case 0x6 -> "AUTO_POWER_UP_ALWAYS_ON";
            case 0x7 -> "AUTO_POWER_UP_PREVIOUS";
            case 0x8 -> "PEF_RESET";
            case 0x9 -> "PEF_POWER_CYCLE";
            case 0xA -> "SOFT_RESET";
            case 0xB -> "RTC_WAKEUP";
            default -> String.format("RESERVED(%Xh)", code);
        };
    }
}
