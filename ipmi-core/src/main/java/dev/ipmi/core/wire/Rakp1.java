package dev.ipmi.core.wire;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.PrivilegeLevel;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * RAKP Message 1, sent by the console after the Open Session Response, payload type 12h
 * (IPMI v2.0 section 13.20, table 13-11).
 *
 * <pre>
 *  byte 0     1..3      4..7             8..23             24               25..26    27        28..
 *  +--------+---------+----------------+-----------------+----------------+---------+---------+-----------+
 *  | message| reserved| BMC session ID | console random  | role: [7:5] rsvd| reserved| user    | user name |
 *  | tag    |         | (SID_C, LE)    | number R_M (16) | [4] name-only  |         | name    | 0-16      |
 *  |        |         |                |                 | [3:0] privilege|         | length  | bytes     |
 *  +--------+---------+----------------+-----------------+----------------+---------+---------+-----------+
 * </pre>
 *
 * The role byte enters the RAKP 2 / RAKP 3 HMACs and the session key as ROLE_M exactly as sent,
 * so decoding rejects reserved bits and privilege values rather than dropping them.
 * The user name is kept as ISO-8859-1 text, which maps every byte to one char and back.
 *
 * @param tag                the message tag RAKP 2 echoes
 * @param bmcSessionId       the BMC's session ID from the Open Session Response
 * @param consoleRandom      R_M, 16 random bytes
 * @param nameOnlyLookup     whether the BMC looks the user up by name only (1) or by name and
 *                           privilege (0)
 * @param requestedPrivilege requested maximum privilege (role)
 * @param userName           up to 16 ISO-8859-1 characters; empty for the null user
 */
public record Rakp1(int tag, int bmcSessionId, byte[] consoleRandom, boolean nameOnlyLookup,
        PrivilegeLevel requestedPrivilege, String userName) {
    /** Length of R_M. */
    public static final int RANDOM_LENGTH = 16;
    /** Longest user name. */
    public static final int MAX_USER_NAME = 16;

    private static final String NAME = "RAKP 1";
    private static final int FIXED = 28;

    public Rakp1 {
        Objects.requireNonNull(consoleRandom, "consoleRandom");
        Objects.requireNonNull(requestedPrivilege, "requestedPrivilege");
        Objects.requireNonNull(userName, "userName");
        if (tag < 0 || tag > 0xFF) {
            throw new IllegalArgumentException("message tag is one byte: " + tag);
        }
        if (consoleRandom.length != RANDOM_LENGTH) {
            throw new IllegalArgumentException("R_M is 16 bytes, got " + consoleRandom.length);
        }
        if (userName.length() > MAX_USER_NAME || !StandardCharsets.ISO_8859_1.newEncoder().canEncode(userName)) {
            throw new IllegalArgumentException("user name must be at most 16 ISO-8859-1 characters");
        }
        consoleRandom = consoleRandom.clone();
    }

    /** Reads 28 bytes plus the user name; rejects names over 16 bytes and reserved role values. */
    public static Rakp1 decode(ByteBuffer in) throws MalformedPacketException {
        Wire.need(in, FIXED, NAME);
        int tag = Wire.u8(in);
        in.position(in.position() + 3); // reserved
        int bmcSid = Wire.i32le(in);
        byte[] rm = Wire.bytes(in, RANDOM_LENGTH, NAME);
        int role = Wire.u8(in);
        if ((role & 0xE0) != 0) {
            throw new MalformedPacketException(String.format("%s: reserved bits in role %02Xh", NAME, role));
        }
        PrivilegeLevel privilege = PrivilegeField.decode(role & 0x0F, NAME);
        if (privilege == null) {
            throw new MalformedPacketException(NAME + ": role without a privilege level");
        }
        in.getShort(); // reserved
        int nameLength = Wire.u8(in);
        if (nameLength > MAX_USER_NAME) {
            throw new MalformedPacketException(NAME + ": user name length " + nameLength + ", at most 16");
        }
        String name = new String(Wire.bytes(in, nameLength, NAME), StandardCharsets.ISO_8859_1);
        return new Rakp1(tag, bmcSid, rm, (role & 0x10) != 0, privilege, name);
    }

    public void encode(ByteBuffer out) {
        out.put((byte) tag).put((byte) 0).put((byte) 0).put((byte) 0);
        Wire.putI32le(out, bmcSessionId);
        out.put(consoleRandom);
        out.put((byte) roleByte()).put((byte) 0).put((byte) 0);
        out.put((byte) userName.length());
        out.put(userName.getBytes(StandardCharsets.ISO_8859_1));
    }

    public int encodedLength() {
        return FIXED + userName.length();
    }

    /** ROLE_M: the role byte as sent, input to the RAKP HMACs and the session integrity key. */
    public int roleByte() {
        return (nameOnlyLookup ? 0x10 : 0) | requestedPrivilege.code();
    }

    /** UNAME_M: the user name bytes as sent. */
    public byte[] userNameBytes() {
        return userName.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A copy of R_M. */
    @Override
    public byte[] consoleRandom() {
        return consoleRandom.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rakp1 r && r.tag == tag && r.bmcSessionId == bmcSessionId
                && Arrays.equals(r.consoleRandom, consoleRandom) && r.nameOnlyLookup == nameOnlyLookup
                && r.requestedPrivilege == requestedPrivilege && r.userName.equals(userName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tag, bmcSessionId, Arrays.hashCode(consoleRandom), nameOnlyLookup, requestedPrivilege, userName);
    }

    @Override
    public String toString() {
        return String.format("Rakp1[tag=%d, bmcSessionId=0x%08x, consoleRandom=%s, nameOnlyLookup=%b, "
                + "requestedPrivilege=%s, userName=%s]", tag, bmcSessionId, Wire.hex(consoleRandom), nameOnlyLookup,
                requestedPrivilege, userName);
    }
}
