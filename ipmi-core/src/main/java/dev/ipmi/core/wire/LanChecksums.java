package dev.ipmi.core.wire;

import dev.ipmi.core.MalformedPacketException;
import java.nio.ByteBuffer;

/** The two checksums and field ranges shared by IPMI LAN requests and responses (IPMI v2.0 section 13.8). */
final class LanChecksums {
    private LanChecksums() {}

    /**
     * Checks the message of {@code length} bytes at absolute index {@code start}: checksum 1
     * (byte 2) covers bytes 0-1, checksum 2 (last byte) covers byte 3 to the one before it.
     */
    static void verify(ByteBuffer buf, int start, int length, String what) throws MalformedPacketException {
        int want1 = Wire.checksum(buf, start, 2);
        int got1 = buf.get(start + 2) & 0xFF;
        if (want1 != got1) {
            throw new MalformedPacketException(String.format("%s: bad checksum 1 (header): %02Xh, want %02Xh", what, got1, want1));
        }
        int want2 = Wire.checksum(buf, start + 3, length - 4);
        int got2 = buf.get(start + length - 1) & 0xFF;
        if (want2 != got2) {
            throw new MalformedPacketException(String.format("%s: bad checksum 2 (body): %02Xh, want %02Xh", what, got2, want2));
        }
    }

    static void checkFields(int addr1, int lun1, int addr2, int rqSeq, int lun2, int command) {
        if ((addr1 | addr2 | command) >>> 8 != 0) {
            throw new IllegalArgumentException("addresses and command are one byte each");
        }
        if ((lun1 | lun2) >>> 2 != 0) {
            throw new IllegalArgumentException("LUNs are 2 bits");
        }
        if (rqSeq >>> 6 != 0) {
            throw new IllegalArgumentException("rqSeq is 6 bits: " + rqSeq);
        }
    }
}
