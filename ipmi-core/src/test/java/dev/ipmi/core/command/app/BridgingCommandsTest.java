package dev.ipmi.core.command.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.command.Octets;
import dev.ipmi.core.command.PrivilegeLevel;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class BridgingCommandsTest {
    @Test
    void ipmbFrameHasBothChecksums() {
        Octets frame = SendMessage.ipmbRequest(0x2C, NetFn.APP, 0, 0x20, 0, 0, 0x01, new byte[0]);
        assertEquals("2c18bc200001df", frame.toString());
        SendMessage m = new SendMessage(SendMessage.Tracking.TRACK_REQUEST, false, false, 0, frame);
        ByteBuffer out = ByteBuffer.allocate(m.dataLength());
        m.encodeData(out);
        assertEquals("402c18bc200001df", Wire.hex(out.array()));
    }

    @Test
    void getMessageCarriesPrivilegeAndChannel() throws Exception {
        GetMessage.Response r = new GetMessage().decodeResponse(ByteBuffer.wrap(Wire.unhex("47 81 1c 63 20 04 01 00")));
        assertEquals(PrivilegeLevel.ADMINISTRATOR, r.privilege());
        assertEquals(7, r.channel());
        assertEquals(7, r.message().length());
    }

    @Test
    void masterWriteReadWantsTheReadCount() throws Exception {
        MasterWriteRead eeprom = new MasterWriteRead(0, 3, false, 0x50, 8, Octets.of((byte) 0));
        ByteBuffer out = ByteBuffer.allocate(eeprom.dataLength());
        eeprom.encodeData(out);
        assertEquals("06a00800", Wire.hex(out.array()));
        assertThrows(MalformedPacketException.class, () -> eeprom.decodeResponse(ByteBuffer.wrap(new byte[7])));
        assertEquals(8, eeprom.decodeResponse(ByteBuffer.wrap(new byte[9])).data().length());
    }
}
