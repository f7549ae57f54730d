package dev.ipmi.core.command.dcmi;

/** What the BMC does when a power limit cannot be kept in time (DCMI v1.5 section 6.6.3): an open type. */
public record ExceptionAction(int code) {
    public static final ExceptionAction NONE = new ExceptionAction(0x00);
    public static final ExceptionAction HARD_POWER_OFF_AND_LOG = new ExceptionAction(0x01);
    public static final ExceptionAction LOG_EVENT_ONLY = new ExceptionAction(0x11);

    @Override
    public String toString() {
        return switch (code) {
            case 0x00 -> "NONE";
            case 0x01 -> "HARD_POWER_OFF_AND_LOG";
            case 0x11 -> "LOG_EVENT_ONLY";
            default -> code >= 0x02 && code <= 0x10 ? String.format("OEM(%02Xh)", code) : String.format("RESERVED(%02Xh)", code);
        };
    }
}
