package dev.ipmi.core.command.sensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SensorCommandsTest {
    private static ByteBuffer hex(String s) {
        return ByteBuffer.wrap(Wire.unhex(s));
    }

    @Test
    void readingOfThresholdSensorBelowLowerNonCritical() throws Exception {
        GetSensorReading.Response r = new GetSensorReading(0x31).decodeResponse(hex("56 c0 01"));
        assertEquals(0x56, r.rawReading());
        assertTrue(r.eventMessagesEnabled());
        assertTrue(r.scanningEnabled());
        assertFalse(r.readingUnavailable());
        assertEquals(Set.of(Threshold.LOWER_NON_CRITICAL), r.thresholdsCrossed());
    }

    @Test
    void readingWithOnlyTwoBytesAndDiscreteStates() throws Exception {
        GetSensorReading.Response r = new GetSensorReading(0x32).decodeResponse(hex("00 e0"));
        assertTrue(r.readingUnavailable());
        assertTrue(r.stateByte1().isEmpty());
        assertEquals(0x0280, new GetSensorReading(5).decodeResponse(hex("00 c0 80 02")).discreteStates());
        assertThrows(MalformedPacketException.class, () -> new GetSensorReading(5).decodeResponse(hex("00")));
    }

    @Test
    void thresholdsOnlyReadableOnesAppear() throws Exception {
        GetSensorThresholds.Response r = new GetSensorThresholds(0x31).decodeResponse(hex("18 00 00 00 50 5a 00"));
        assertEquals(Map.of(Threshold.UPPER_NON_CRITICAL, 0x50, Threshold.UPPER_CRITICAL, 0x5a), r.readable().raw());
    }

    @Test
    void readingFactorsAreSigned() throws Exception {
        GetSensorReadingFactors.Response f = new GetSensorReadingFactors(0x30, 0x10).decodeResponse(hex("ff fe c1 38 4a 53 dc"));
        assertEquals(-2, f.m());
        assertEquals(1, f.tolerance());
        assertEquals(312, f.b());
        assertEquals(0x14a, f.accuracy());
        assertEquals(3, f.direction());
        assertEquals(-3, f.resultExponent());
        assertEquals(-4, f.bExponent());
    }

    @Test
    void pefParameters() throws Exception {
        PefParameter.Control c = (PefParameter.Control) GetPefConfigurationParameters.of(1).decodeResponse(hex("11 01")).parameter();
        assertTrue(c.pefEnabled());
        assertFalse(c.eventMessagesForActions());
        assertNull(new GetPefConfigurationParameters(true, 1, 0, 0).decodeResponse(hex("11")).parameter());
        GetPefCapabilities.Response caps = new GetPefCapabilities().decodeResponse(hex("51 3f 28"));
        assertEquals(1, caps.versionMajor());
        assertEquals(5, caps.versionMinor());
        assertEquals(Set.of(PefAction.values()), caps.supportedActions());
        assertEquals(40, caps.eventFilterEntries());
    }

    @Test
    void deviceSdrPartialReadStopsAtRequestedCount() throws Exception {
        GetDeviceSdr.Response r = new GetDeviceSdr(0, 0, 0, 5).decodeResponse(hex("01 00 01 00 51 01 33 99 99"));
        assertEquals(1, r.nextRecordId());
        assertEquals("0100510133", r.data().toString());
    }
}
