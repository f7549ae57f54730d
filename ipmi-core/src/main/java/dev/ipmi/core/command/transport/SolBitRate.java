package dev.ipmi.core.command.transport;

import dev.ipmi.core.MalformedPacketException;

/** SOL bit rate (IPMI v2.0 table 26-5, parameters 5 and 6, bits 3:0). */
public enum SolBitRate {
    /** Use the system serial port's own setting. */
    SERIAL_SETTING(0x0, 0), BPS_9600(0x6, 9600), BPS_19200(0x7, 19200), BPS_38400(0x8, 38400),
    BPS_57600(0x9, 57600), BPS_115200(0xA, 115200);

    private final int code;
    private final int bitsPerSecond;

    SolBitRate(int code, int bitsPerSecond) {
        this.code = code;
        this.bitsPerSecond = bitsPerSecond;
    }

    public int code() {
        return code;
    }

    /** 0 for {@link #SERIAL_SETTING}. */
    public int bitsPerSecond() {
        return bitsPerSecond;
    }

    static SolBitRate decode(int code) throws MalformedPacketException {
        for (SolBitRate r : values()) {
            if (r.code == code) {
                return r;
            }
        }
        throw new MalformedPacketException("SOL bit rate: reserved value " + code);
    }
}
