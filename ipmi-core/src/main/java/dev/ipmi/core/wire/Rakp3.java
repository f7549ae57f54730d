package dev.ipmi.core.wire;

import dev.ipmi.core.MalformedPacketException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * RAKP Message 3, the console's proof that it knows the key, payload type 14h (IPMI v2.0
 * section 13.22, table 13-13). A console that rejects RAKP 2 may send it with a non-zero
 * status and no auth code, so the BMC can drop the session at once.
 *
 * <pre>
 *  byte 0     1       2..3      4..7                8..
 *  +--------+-------+---------+-------------------+---------------------------------+
 *  | message| status| reserved| BMC session ID    | key exchange auth code: rest,   |
 *  | tag    | code  |         | (SID_C, LE)       | 0/16/20/32 bytes by algorithm   |
 *  +--------+-------+---------+-------------------+---------------------------------+
 * </pre>
 *
 * @param tag                 the message tag RAKP 4 echoes
 * @param status              00h, or why the console gives up
 * @param bmcSessionId        SID_C
 * @param keyExchangeAuthCode the console's HMAC, possibly empty
 */
public record Rakp3(int tag, RmcpPlusStatus status, int bmcSessionId, byte[] keyExchangeAuthCode) {
    private static final String NAME = "RAKP 3";
    private static final int FIXED = 8;

    public Rakp3 {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(keyExchangeAuthCode, "keyExchangeAuthCode");
        if (tag < 0 || tag > 0xFF) {
            throw new IllegalArgumentException("message tag is one byte: " + tag);
        }
        keyExchangeAuthCode = keyExchangeAuthCode.clone();
    }

    /** Reads the 8 fixed bytes; the auth code is every remaining byte. */
    public static Rakp3 decode(ByteBuffer in) throws MalformedPacketException {
        Wire.need(in, FIXED, NAME);
        int tag = Wire.u8(in);
        RmcpPlusStatus status = RmcpPlusStatus.of(Wire.u8(in));
        in.getShort(); // reserved
        int bmcSid = Wire.i32le(in);
        return new Rakp3(tag, status, bmcSid, Wire.bytes(in, in.remaining(), NAME));
    }

    public void encode(ByteBuffer out) {
        out.put((byte) tag).put((byte) status.value()).put((byte) 0).put((byte) 0);
        Wire.putI32le(out, bmcSessionId);
        out.put(keyExchangeAuthCode);
    }

    public int encodedLength() {
        return FIXED + keyExchangeAuthCode.length;
    }

    /** A copy of the key exchange auth code. */
    @Override
    public byte[] keyExchangeAuthCode() {
        return keyExchangeAuthCode.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rakp3 r && r.tag == tag && r.status.equals(status) && r.bmcSessionId == bmcSessionId
                && Arrays.equals(r.keyExchangeAuthCode, keyExchangeAuthCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tag, status, bmcSessionId, Arrays.hashCode(keyExchangeAuthCode));
    }

    @Override
    public String toString() {
        return String.format("Rakp3[tag=%d, status=%s, bmcSessionId=0x%08x, keyExchangeAuthCode=%s]", tag, status,
                bmcSessionId, Wire.hex(keyExchangeAuthCode));
    }
}
