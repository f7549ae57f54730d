package dev.ipmi.core.command.payload;

/** RMCP+ payload type (IPMI v2.0 section 13.27.3, table 13-16), 6 bits: an open type. */
public record PayloadType(int code) {
    public static final PayloadType IPMI = new PayloadType(0x00);
    public static final PayloadType SOL = new PayloadType(0x01);
    public static final PayloadType OEM_EXPLICIT = new PayloadType(0x02);

    public PayloadType {
        if (code < 0 || code > 0x3F) {
            throw new IllegalArgumentException("payload type is 6 bits: " + code);
        }
    }

    @Override
    public String toString() {
        return switch (code) {
            case 0x00 -> "IPMI";
            case 0x01 -> "SOL";
            case 0x02 -> "OEM_EXPLICIT";
            default -> String.format("payload %02Xh", code);
        };
    }
}
