package dev.ipmi.core.command.dcmi;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;

/**
 * The DCMI group extension id (DCMI v1.5 section 6.1): the first data byte of every DCMI
 * request and response on NetFn 2Ch/2Dh.
 */
public final class Dcmi {
    /** Group extension id of DCMI. */
    public static final int GROUP_ID = 0xDC;

    private Dcmi() {}

    /** Reads and checks the group id byte. */
    static void readGroup(ByteBuffer in, String structure) throws MalformedPacketException {
        Wire.need(in, 1, structure);
        int g = Wire.u8(in);
        if (g != GROUP_ID) {
            throw new MalformedPacketException(String.format("%s: group id %02Xh, want DCh", structure, g));
        }
    }
}
