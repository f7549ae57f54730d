package dev.ipmi.core.wire;

import dev.ipmi.core.MalformedPacketException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * RAKP Message 4, the BMC's last session setup message, payload type 15h (IPMI v2.0 section
 * 13.23, table 13-14).
 *
 * <pre>
 *  byte 0     1       2..3      4..7                  8..
 *  +--------+-------+---------+---------------------+-----------------------------------+
 *  | message| status| reserved| console session ID  | integrity check value: rest,      |
 *  | tag    | code  |         | (SID_M, LE)         | 0/12/16 bytes by algorithm        |
 *  +--------+-------+---------+---------------------+-----------------------------------+
 *  an error reply may stop after the status (2 bytes)
 * </pre>
 *
 * In a 2-byte error reply the console session ID is 0 and the ICV empty; encoding writes the
 * 2-byte form for an error with session ID 0 and no ICV.
 *
 * @param tag                 RAKP 3's tag
 * @param status              00h, or why the BMC refused
 * @param consoleSessionId    SID_M, 0 when not sent
 * @param integrityCheckValue the ICV over R_M, SID_C and GUID_C, possibly empty
 */
public record Rakp4(int tag, RmcpPlusStatus status, int consoleSessionId, byte[] integrityCheckValue) {
    private static final String NAME = "RAKP 4";
    private static final int FIXED = 8;

    public Rakp4 {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(integrityCheckValue, "integrityCheckValue");
        if (tag < 0 || tag > 0xFF) {
            throw new IllegalArgumentException("message tag is one byte: " + tag);
        }
        integrityCheckValue = integrityCheckValue.clone();
    }

    /** Reads the 8 fixed bytes and the ICV (every remaining byte), or a 2-byte error reply. */
    public static Rakp4 decode(ByteBuffer in) throws MalformedPacketException {
        Wire.need(in, 2, NAME);
        int tag = Wire.u8(in);
        RmcpPlusStatus status = RmcpPlusStatus.of(Wire.u8(in));
        if (in.remaining() < FIXED - 2 && !status.isOk()) {
            return new Rakp4(tag, status, 0, new byte[0]);
        }
        Wire.need(in, FIXED - 2, NAME);
        in.getShort(); // reserved
        int consoleSid = Wire.i32le(in);
        return new Rakp4(tag, status, consoleSid, Wire.bytes(in, in.remaining(), NAME));
    }

    public void encode(ByteBuffer out) {
        out.put((byte) tag).put((byte) status.value());
        if (isShortError()) {
            return;
        }
        out.put((byte) 0).put((byte) 0);
        Wire.putI32le(out, consoleSessionId);
        out.put(integrityCheckValue);
    }

    public int encodedLength() {
        return isShortError() ? 2 : FIXED + integrityCheckValue.length;
    }

    private boolean isShortError() {
        return !status.isOk() && consoleSessionId == 0 && integrityCheckValue.length == 0;
    }

    /** A copy of the ICV. */
    @Override
    public byte[] integrityCheckValue() {
        return integrityCheckValue.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rakp4 r && r.tag == tag && r.status.equals(status) && r.consoleSessionId == consoleSessionId
                && Arrays.equals(r.integrityCheckValue, integrityCheckValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tag, status, consoleSessionId, Arrays.hashCode(integrityCheckValue));
    }

    @Override
    public String toString() {
        return String.format("Rakp4[tag=%d, status=%s, consoleSessionId=0x%08x, integrityCheckValue=%s]", tag, status,
                consoleSessionId, Wire.hex(integrityCheckValue));
    }
}
