package dev.ipmi.sol;

import java.util.StringJoiner;

/**
 * The operation byte of a console-to-BMC SOL packet (IPMI v2.0 section 15.9, table 15-2, byte 4).
 * An open value type: any byte is representable, reserved bits print as hex.
 *
 * <pre>
 *  bit 7   reserved
 *  bit 6   NACK: the console could not accept (all of) the packet it acknowledges
 *  bit 5   ring / wake-on-ring request (assert RI to the host)
 *  bit 4   generate a BREAK on the host's serial port (~300 ms)
 *  bit 3   CTS pause: deassert CTS to the host (stop it transmitting)
 *  bit 2   drop DCD/DSR: deassert DCD and DSR to the host
 *  bit 1   flush inbound: discard what the BMC holds for the host
 *  bit 0   flush outbound: discard what the BMC holds for the console
 * </pre>
 */
public record SolOperation(int bits) {
    public static final SolOperation NONE = new SolOperation(0);
    public static final int NACK = 0x40;
    public static final int RING_WOR = 0x20;
    public static final int BREAK = 0x10;
    public static final int CTS_PAUSE = 0x08;
    public static final int DCD_DSR_DEASSERT = 0x04;
    public static final int FLUSH_INBOUND = 0x02;
    public static final int FLUSH_OUTBOUND = 0x01;

    public SolOperation {
        if (bits < 0 || bits > 0xFF) {
            throw new IllegalArgumentException("operation is one byte: " + bits);
        }
    }

    public boolean nack() {
        return (bits & NACK) != 0;
    }

    public boolean ring() {
        return (bits & RING_WOR) != 0;
    }

    public boolean generateBreak() {
        return (bits & BREAK) != 0;
    }

    public boolean ctsPause() {
        return (bits & CTS_PAUSE) != 0;
    }

    public boolean dcdDsrDeasserted() {
        return (bits & DCD_DSR_DEASSERT) != 0;
    }

    public boolean flushInbound() {
        return (bits & FLUSH_INBOUND) != 0;
    }

    public boolean flushOutbound() {
        return (bits & FLUSH_OUTBOUND) != 0;
    }

    /** This operation with {@code flag} (one of the constants) set. */
    public SolOperation with(int flag) {
        return new SolOperation(bits | flag);
    }

    @Override
    public String toString() {
        StringJoiner j = new StringJoiner("|", "SolOperation[", "]");
        if (nack()) j.add("NACK");
        if (ring()) j.add("RING");
        if (generateBreak()) j.add("BREAK");
        if (ctsPause()) j.add("CTS_PAUSE");
        if (dcdDsrDeasserted()) j.add("DCD_DSR_DEASSERT");
        if (flushInbound()) j.add("FLUSH_INBOUND");
        if (flushOutbound()) j.add("FLUSH_OUTBOUND");
        if ((bits & 0x80) != 0) j.add("reserved 80h");
        return j.toString();
    }
}
