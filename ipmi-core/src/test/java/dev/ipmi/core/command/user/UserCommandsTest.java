package dev.ipmi.core.command.user;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UserCommandsTest {
    private static String encode(SetUserPassword p) {
        ByteBuffer out = ByteBuffer.allocate(p.dataLength());
        p.encodeData(out);
        return Wire.hex(out.array());
    }

    @Test
    void passwordSizes() {
        byte[] pw = "adminpass".getBytes(StandardCharsets.US_ASCII);
        assertEquals("0502" + "61646d696e70617373" + "00".repeat(7), encode(SetUserPassword.set(5, pw)));
        byte[] twenty = "0123456789abcdefghij".getBytes(StandardCharsets.US_ASCII);
        SetUserPassword set20 = SetUserPassword.set(5, twenty);
        assertTrue(set20.twentyBytes());
        assertEquals(22, set20.dataLength());
        assertEquals("0503" + "61646d696e70617373" + "00".repeat(7), encode(SetUserPassword.test(5, pw)));
        assertEquals("0501", encode(new SetUserPassword(5, SetUserPassword.Operation.ENABLE_USER, false, null)));
        assertThrows(IllegalArgumentException.class, () -> new SetUserPassword(5, SetUserPassword.Operation.SET_PASSWORD, false, twenty));
        assertThrows(IllegalArgumentException.class, () -> new SetUserPassword(5, SetUserPassword.Operation.DISABLE_USER, false, pw));
    }

    @Test
    void passwordNeverPrinted() throws Exception {
        SetUserPassword p = SetUserPassword.decodeRequest(ByteBuffer.wrap(Wire.unhex("05 02 61 64 6d 69 6e 70 61 73 73 00 00 00 00 00 00 00")));
        assertArrayEquals("adminpass".getBytes(StandardCharsets.US_ASCII), p.password());
        assertFalse(p.toString().contains("adminpass"));
        p.wipe();
        assertArrayEquals(new byte[9], p.password());
        assertThrows(MalformedPacketException.class,
                () -> SetUserPassword.decodeRequest(ByteBuffer.wrap(Wire.unhex("85 02 61 64 6d 69 6e 70 61 73 73 00 00 00 00 00 00 00"))));
    }

    @Test
    void userAccessNoAccessLimit() throws Exception {
        GetUserAccess.Response r = new GetUserAccess(1, 5).decodeResponse(ByteBuffer.wrap(Wire.unhex("0a 82 01 0f")));
        assertEquals(10, r.maxUserIds());
        assertEquals(GetUserAccess.EnableStatus.DISABLED, r.status());
        assertEquals(PrivilegeLimit.NO_ACCESS, r.privilegeLimit());
        assertNull(r.privilegeLimit().level());
        assertEquals(PrivilegeLevel.ADMINISTRATOR,
                new GetUserAccess(1, 2).decodeResponse(ByteBuffer.wrap(Wire.unhex("0a 42 01 14"))).privilegeLimit().level());
        // ipmi_sim's answer for the unconfigured user 1: privilege limit 0 (reserved) means "not set"
        GetUserAccess.Response unset = new GetUserAccess(1, 1).decodeResponse(ByteBuffer.wrap(Wire.unhex("3f 04 00 00")));
        assertEquals(PrivilegeLimit.UNSPECIFIED, unset.privilegeLimit());
        assertNull(unset.privilegeLimit().level());
        assertEquals(63, unset.maxUserIds());
        assertEquals(4, unset.enabledUserIds());
        assertEquals("admin", new GetUserName(2).decodeResponse(ByteBuffer.wrap(Wire.unhex("61 64 6d 69 6e 00 00 00 00 00 00 00 00 00 00 00"))).name());
    }
}
