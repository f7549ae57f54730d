package dev.ipmi.core.wire;

import dev.ipmi.core.MalformedPacketException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * RAKP Message 2, the BMC's answer to {@link Rakp1}, payload type 13h (IPMI v2.0 section
 * 13.21, table 13-12).
 *
 * <pre>
 *  byte 0     1       2..3      4..7               8..23              24..39        40..
 *  +--------+-------+---------+------------------+------------------+-------------+----------------------+
 *  | message| status| reserved| console session  | BMC random       | BMC GUID    | key exchange auth    |
 *  | tag    | code  |         | ID (SID_M, LE)   | number R_C (16)  | GUID_C (16) | code: rest, 0/16/20/ |
 *  |        |       |         |                  |                  |             | 32 by algorithm      |
 *  +--------+-------+---------+------------------+------------------+-------------+----------------------+
 *  error replies may stop after the console session ID (8 bytes) or after the status (2 bytes)
 * </pre>
 *
 * A full reply is decoded whatever the status (ipmi_sim sends a full RAKP 2 with status 0Dh for
 * an unknown user). In a short error reply R_C, GUID and auth code are {@code null} and a
 * missing console session ID is 0; encoding then writes 8 bytes if the session ID is not 0,
 * else 2.
 *
 * @param tag                 RAKP 1's tag
 * @param status              00h, or why the BMC refused
 * @param consoleSessionId    SID_M, 0 when not sent
 * @param bmcRandom           R_C (16 bytes), {@code null} in a short error reply
 * @param bmcGuid             GUID_C (16 bytes), {@code null} in a short error reply
 * @param keyExchangeAuthCode HMAC proving the BMC knows the key; {@code null} in a short error reply
 */
public record Rakp2(int tag, RmcpPlusStatus status, int consoleSessionId, byte[] bmcRandom, byte[] bmcGuid,
        byte[] keyExchangeAuthCode) {
    /** Length of R_C and of the GUID. */
    public static final int RANDOM_LENGTH = 16;

    private static final String NAME = "RAKP 2";
    private static final int FIXED = 40;

    public Rakp2 {
        Objects.requireNonNull(status, "status");
        if (tag < 0 || tag > 0xFF) {
            throw new IllegalArgumentException("message tag is one byte: " + tag);
        }
        boolean shortForm = bmcRandom == null;
        if (shortForm != (bmcGuid == null) || shortForm != (keyExchangeAuthCode == null)) {
            throw new IllegalArgumentException("R_C, GUID and auth code are either all present or all absent");
        }
        if (shortForm) {
            if (status.isOk()) {
                throw new IllegalArgumentException("only an error reply may leave out R_C, GUID and auth code");
            }
        } else {
            if (bmcRandom.length != RANDOM_LENGTH || bmcGuid.length != RANDOM_LENGTH) {
                throw new IllegalArgumentException("R_C and GUID are 16 bytes each");
            }
            bmcRandom = bmcRandom.clone();
            bmcGuid = bmcGuid.clone();
            keyExchangeAuthCode = keyExchangeAuthCode.clone();
        }
    }

    /** Reads the 40 fixed bytes and the auth code (all remaining bytes), or a short error reply. */
    public static Rakp2 decode(ByteBuffer in) throws MalformedPacketException {
        Wire.need(in, 2, NAME);
        int tag = Wire.u8(in);
        RmcpPlusStatus status = RmcpPlusStatus.of(Wire.u8(in));
        if (in.remaining() < FIXED - 2 && !status.isOk()) {
            int consoleSid = 0;
            if (in.remaining() >= 6) {
                in.getShort(); // reserved
                consoleSid = Wire.i32le(in);
            }
            return new Rakp2(tag, status, consoleSid, null, null, null);
        }
        Wire.need(in, FIXED - 2, NAME);
        in.getShort(); // reserved
        int consoleSid = Wire.i32le(in);
        byte[] rc = Wire.bytes(in, RANDOM_LENGTH, NAME);
        byte[] guid = Wire.bytes(in, RANDOM_LENGTH, NAME);
        return new Rakp2(tag, status, consoleSid, rc, guid, Wire.bytes(in, in.remaining(), NAME));
    }

    public void encode(ByteBuffer out) {
        out.put((byte) tag).put((byte) status.value());
        if (bmcRandom == null && consoleSessionId == 0) {
            return;
        }
        out.put((byte) 0).put((byte) 0);
        Wire.putI32le(out, consoleSessionId);
        if (bmcRandom != null) {
            out.put(bmcRandom).put(bmcGuid).put(keyExchangeAuthCode);
        }
    }

    public int encodedLength() {
        return bmcRandom != null ? FIXED + keyExchangeAuthCode.length : consoleSessionId != 0 ? 8 : 2;
    }

    /** A copy of R_C, or {@code null}. */
    @Override
    public byte[] bmcRandom() {
        return bmcRandom == null ? null : bmcRandom.clone();
    }

    /** A copy of GUID_C, or {@code null}. */
    @Override
    public byte[] bmcGuid() {
        return bmcGuid == null ? null : bmcGuid.clone();
    }

    /** A copy of the key exchange auth code, or {@code null}. */
    @Override
    public byte[] keyExchangeAuthCode() {
        return keyExchangeAuthCode == null ? null : keyExchangeAuthCode.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rakp2 r && r.tag == tag && r.status.equals(status) && r.consoleSessionId == consoleSessionId
                && Arrays.equals(r.bmcRandom, bmcRandom) && Arrays.equals(r.bmcGuid, bmcGuid)
                && Arrays.equals(r.keyExchangeAuthCode, keyExchangeAuthCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tag, status, consoleSessionId, Arrays.hashCode(bmcRandom), Arrays.hashCode(bmcGuid),
                Arrays.hashCode(keyExchangeAuthCode));
    }

    @Override
    public String toString() {
        if (bmcRandom == null) {
            return String.format("Rakp2[tag=%d, status=%s, consoleSessionId=0x%08x]", tag, status, consoleSessionId);
        }
        return String.format("Rakp2[tag=%d, status=%s, consoleSessionId=0x%08x, bmcRandom=%s, bmcGuid=%s, "
                + "keyExchangeAuthCode=%s]", tag, status, consoleSessionId, Wire.hex(bmcRandom), Wire.hex(bmcGuid),
                Wire.hex(keyExchangeAuthCode));
    }
}
