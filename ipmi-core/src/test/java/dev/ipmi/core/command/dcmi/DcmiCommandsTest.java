package dev.ipmi.core.command.dcmi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.Commands;
import dev.ipmi.core.command.NetFn;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DcmiCommandsTest {
    private static ByteBuffer hex(String s) {
        return ByteBuffer.wrap(Wire.unhex(s));
    }

    @Test
    void powerReading() throws Exception {
        GetPowerReading.Response r = GetPowerReading.system()
                .decodeResponse(hex("dc 96 00 64 00 2c 01 a0 00 00 8c a5 65 e8 03 00 00 40"));
        assertEquals(150, r.currentWatts());
        assertEquals(100, r.minimumWatts());
        assertEquals(300, r.maximumWatts());
        assertEquals(160, r.averageWatts());
        assertEquals(Duration.ofSeconds(1), r.statisticsPeriod());
        assertTrue(r.measurementActive());
    }

    @Test
    void groupIdIsChecked() {
        assertThrows(MalformedPacketException.class,
                () -> GetPowerReading.system().decodeResponse(hex("dd 96 00 64 00 2c 01 a0 00 00 8c a5 65 e8 03 00 00 40")));
        assertThrows(MalformedPacketException.class, () -> new ActivatePowerLimit(true).decodeResponse(hex("")));
    }

    @Test
    void powerLimit() throws Exception {
        PowerLimit l = new GetPowerLimit().decodeResponse(hex("dc 00 00 01 2c 01 e8 03 00 00 00 00 01 00")).limit();
        assertEquals(ExceptionAction.HARD_POWER_OFF_AND_LOG, l.exceptionAction());
        assertEquals(300, l.limitWatts());
        assertEquals(Duration.ofSeconds(1), l.correctionTime());
        assertEquals(1, l.samplingPeriodSeconds());
        assertEquals("OEM(05h)", new ExceptionAction(5).toString());
    }

    @Test
    void catalogueKeysIncludeTheGroup() {
        assertSame(GetPowerReading.SPEC, Commands.find(NetFn.GROUP_EXTENSION, 0x02, Dcmi.GROUP_ID).orElseThrow().spec());
        assertFalse(Commands.find(NetFn.GROUP_EXTENSION, 0x02).isPresent());
        assertFalse(Commands.find(NetFn.GROUP_EXTENSION, 0x02, 0x00).isPresent());
        ByteBuffer request = hex("dc 01 00 00");
        assertSame(GetPowerReading.SPEC, Commands.find(NetFn.GROUP_EXTENSION, 0x02, request).orElseThrow().spec());
        assertEquals(0, request.position());
        assertFalse(Commands.find(NetFn.GROUP_EXTENSION, 0x02, ByteBuffer.allocate(0)).isPresent());
        assertSame(dev.ipmi.core.command.app.GetDeviceId.SPEC, Commands.find(NetFn.APP, 0x01, ByteBuffer.allocate(0)).orElseThrow().spec());
    }
}
