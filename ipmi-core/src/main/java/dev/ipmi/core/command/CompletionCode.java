package dev.ipmi.core.command;

/**
 * The first data byte of every IPMI response (IPMI v2.0 section 5.2, table 5-2).
 *
 * <p>An open value type: {@link #of(int)} accepts any byte and never throws. Generic codes
 * (00h, C0h-FFh) carry the spec's name; command-specific codes (80h-BEh) and OEM codes
 * (01h-7Eh) print as hex, since their meaning depends on the command or the vendor.
 */
public final class CompletionCode {
    private static final CompletionCode[] ALL = new CompletionCode[256];

    static {
        for (int i = 0; i < 256; i++) {
            ALL[i] = new CompletionCode(i);
        }
    }

    public static final CompletionCode NORMAL = of(0x00);
    public static final CompletionCode NODE_BUSY = of(0xC0);
    public static final CompletionCode INVALID_COMMAND = of(0xC1);
    public static final CompletionCode INVALID_FOR_LUN = of(0xC2);
    public static final CompletionCode TIMEOUT = of(0xC3);
    public static final CompletionCode OUT_OF_SPACE = of(0xC4);
    public static final CompletionCode RESERVATION_CANCELLED = of(0xC5);
    public static final CompletionCode REQUEST_DATA_TRUNCATED = of(0xC6);
    public static final CompletionCode REQUEST_DATA_LENGTH_INVALID = of(0xC7);
    public static final CompletionCode REQUEST_DATA_FIELD_LENGTH_EXCEEDED = of(0xC8);
    public static final CompletionCode PARAMETER_OUT_OF_RANGE = of(0xC9);
    public static final CompletionCode CANNOT_RETURN_REQUESTED_BYTES = of(0xCA);
    public static final CompletionCode NOT_PRESENT = of(0xCB);
    public static final CompletionCode INVALID_DATA_FIELD = of(0xCC);
    public static final CompletionCode ILLEGAL_FOR_SENSOR_OR_RECORD_TYPE = of(0xCD);
    public static final CompletionCode RESPONSE_UNAVAILABLE = of(0xCE);
    public static final CompletionCode DUPLICATED_REQUEST = of(0xCF);
    public static final CompletionCode SDR_REPOSITORY_IN_UPDATE = of(0xD0);
    public static final CompletionCode FIRMWARE_UPDATE_MODE = of(0xD1);
    public static final CompletionCode BMC_INITIALIZING = of(0xD2);
    public static final CompletionCode DESTINATION_UNAVAILABLE = of(0xD3);
    public static final CompletionCode INSUFFICIENT_PRIVILEGE = of(0xD4);
    public static final CompletionCode NOT_SUPPORTED_IN_PRESENT_STATE = of(0xD5);
    public static final CompletionCode SUB_FUNCTION_DISABLED = of(0xD6);
    public static final CompletionCode UNSPECIFIED = of(0xFF);

    private final int value;

    private CompletionCode(int value) {
        this.value = value;
    }

    /** The completion code for a byte value; only the low 8 bits are used. Never throws. */
    public static CompletionCode of(int value) {
        return ALL[value & 0xFF];
    }

    /** The byte value. */
    public int value() {
        return value;
    }

    /** 00h: the command completed normally. */
    public boolean isNormal() {
        return value == 0;
    }

    /**
     * Whether the same request may succeed if simply tried again later: node busy (C0h),
     * timeout while processing (C3h), response could not be provided (CEh) and BMC
     * initialisation in progress (D2h).
     */
    public boolean isTemporary() {
        return value == 0xC0 || value == 0xC3 || value == 0xCE || value == 0xD2;
    }

    /** 80h-BEh: the meaning is defined by the command that returned it. */
    public boolean isCommandSpecific() {
        return value >= 0x80 && value <= 0xBE;
    }

    /** 01h-7Eh: device-specific (OEM) codes. */
    public boolean isOem() {
        return value >= 0x01 && value <= 0x7E;
    }

    /** The spec's name for generic codes; {@code null} for command-specific, OEM and reserved ones. */
    public String name() {
        return switch (value) {
            case 0x00 -> "Command completed normally";
            case 0xC0 -> "Node busy";
            case 0xC1 -> "Invalid command";
            case 0xC2 -> "Command invalid for given LUN";
            case 0xC3 -> "Timeout while processing command";
            case 0xC4 -> "Out of space";
            case 0xC5 -> "Reservation cancelled or invalid reservation ID";
            case 0xC6 -> "Request data truncated";
            case 0xC7 -> "Request data length invalid";
            case 0xC8 -> "Request data field length limit exceeded";
            case 0xC9 -> "Parameter out of range";
            case 0xCA -> "Cannot return number of requested data bytes";
            case 0xCB -> "Requested sensor, data, or record not present";
            case 0xCC -> "Invalid data field in request";
            case 0xCD -> "Command illegal for specified sensor or record type";
            case 0xCE -> "Command response could not be provided";
            case 0xCF -> "Cannot execute duplicated request";
            case 0xD0 -> "SDR repository in update mode";
            case 0xD1 -> "Device in firmware update mode";
            case 0xD2 -> "BMC initialization in progress";
            case 0xD3 -> "Destination unavailable";
            case 0xD4 -> "Insufficient privilege level";
            case 0xD5 -> "Command not supported in present state";
            case 0xD6 -> "Command sub-function disabled or unavailable";
            case 0xFF -> "Unspecified error";
            default -> null;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompletionCode c && c.value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    /** e.g. {@code "C1h (Invalid command)"}, {@code "81h (command-specific)"}, {@code "05h (OEM)"}. */
    @Override
    public String toString() {
        String hex = String.format("%02Xh", value);
        String name = name();
        if (name != null) {
            return hex + " (" + name + ")";
        }
        if (isCommandSpecific()) {
            return hex + " (command-specific)";
        }
        if (isOem()) {
            return hex + " (OEM)";
        }
        return hex + " (reserved)";
    }
}
