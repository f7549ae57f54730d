package dev.ipmi.sol;

import java.util.StringJoiner;

/**
 * The status byte of a BMC-to-console SOL packet (IPMI v2.0 section 15.9, table 15-2, byte 4).
 * An open value type: any byte is representable, reserved bits print as hex.
 *
 * <pre>
 *  bit 7   reserved
 *  bit 6   NACK: the BMC did not accept (all of) the packet it acknowledges
 *  bit 5   character transfer unavailable (the host's serial port is not taking data)
 *  bit 4   SOL deactivating: the payload is going away (deactivated, or taken by another session)
 *  bit 3   character transmit overrun: characters from the host were lost
 *  bit 2   break detected on the host's serial port
 *  bit 1:0 reserved
 * </pre>
 */
public record SolStatus(int bits) {
    public static final SolStatus NONE = new SolStatus(0);
    public static final int NACK = 0x40;
    public static final int TRANSFER_UNAVAILABLE = 0x20;
    public static final int DEACTIVATING = 0x10;
    public static final int TRANSMIT_OVERRUN = 0x08;
    public static final int BREAK_DETECTED = 0x04;

    public SolStatus {
        if (bits < 0 || bits > 0xFF) {
            throw new IllegalArgumentException("status is one byte: " + bits);
        }
    }

    public boolean nack() {
        return (bits & NACK) != 0;
    }

    public boolean transferUnavailable() {
        return (bits & TRANSFER_UNAVAILABLE) != 0;
    }

    public boolean deactivating() {
        return (bits & DEACTIVATING) != 0;
    }

    public boolean transmitOverrun() {
        return (bits & TRANSMIT_OVERRUN) != 0;
    }

    public boolean breakDetected() {
        return (bits & BREAK_DETECTED) != 0;
    }

    @Override
    public String toString() {
        StringJoiner j = new StringJoiner("|", "SolStatus[", "]");
        if (nack()) j.add("NACK");
        if (transferUnavailable()) j.add("TRANSFER_UNAVAILABLE");
        if (deactivating()) j.add("DEACTIVATING");
        if (transmitOverrun()) j.add("TRANSMIT_OVERRUN");
        if (breakDetected()) j.add("BREAK_DETECTED");
        if ((bits & 0x83) != 0) j.add(String.format("reserved %02xh", bits & 0x83));
        return j.toString();
    }
}
