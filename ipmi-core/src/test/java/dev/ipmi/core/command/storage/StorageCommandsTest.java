package dev.ipmi.core.command.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.IpmiRequest;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StorageCommandsTest {
    private static ByteBuffer hex(String s) {
        return ByteBuffer.wrap(Wire.unhex(s));
    }

    private static String encode(IpmiRequest<?> r) {
        ByteBuffer out = ByteBuffer.allocate(r.dataLength());
        r.encodeData(out);
        return Wire.hex(out.array());
    }

    @Test
    void selInfo() throws Exception {
        RepositoryInfo i = new GetSelInfo().decodeResponse(hex("51 06 00 a0 3e 42 00 00 00 ff ff ff ff 0f")).info();
        assertEquals(1, i.versionMajor());
        assertEquals(5, i.versionMinor());
        assertEquals(6, i.entries());
        assertEquals(16032, i.freeBytes());
        assertTrue(i.lastAddition().isRelativeToInit());
        assertTrue(i.lastErase().isUnspecified());
        assertTrue(i.supportsDelete());
        assertTrue(i.supportsReserve());
        assertFalse(i.overflow());
    }

    @Test
    void timestamps() throws Exception {
        Timestamp t = new GetSelTime().decodeResponse(hex("00 8c a5 65")).time();
        assertEquals(Optional.of(Instant.parse("2024-01-15T19:48:16Z")), t.toInstant());
        assertEquals("008ca565", encode(new SetSelTime(Timestamp.of(Instant.parse("2024-01-15T19:48:16Z")))));
        assertEquals(Optional.empty(), new Timestamp(300).toInstant());
    }

    @Test
    void selEntryWholeReadIsSixteenBytes() throws Exception {
        GetSelEntry.Response r = GetSelEntry.whole(6).decodeResponse(hex("ff ff 06 00 e0 54 45 53 54 42 45 44 2d 4f 45 4d 21 00 99"));
        assertEquals(0xFFFF, r.nextRecordId());
        assertEquals(16, r.data().length());
        assertThrows(MalformedPacketException.class, () -> GetSelEntry.whole(6).decodeResponse(hex("ff ff 06 00 e0")));
    }

    @Test
    void clearSelCarriesClr() throws Exception {
        assertEquals("0100434c52aa", encode(ClearSel.initiate(1)));
        assertEquals("0100434c5200", encode(ClearSel.status(1)));
        assertThrows(MalformedPacketException.class, () -> ClearSel.decodeRequest(hex("01 00 43 4c 53 aa")));
        assertTrue(ClearSel.status(1).decodeResponse(hex("01")).completed());
    }

    @Test
    void fruReadCountMustBeThere() throws Exception {
        ReadFruData r = new ReadFruData(0, 0, 8);
        assertEquals("00000008", encode(r));
        assertEquals(8, r.decodeResponse(hex("08 01 00 01 05 0e 00 00 eb")).data().length());
        assertThrows(MalformedPacketException.class, () -> r.decodeResponse(hex("08 01 00 01")));
        GetFruInventoryAreaInfo.Response info = new GetFruInventoryAreaInfo(0).decodeResponse(hex("00 01 00"));
        assertEquals(256, info.sizeBytes());
        assertFalse(info.byWords());
    }
}
