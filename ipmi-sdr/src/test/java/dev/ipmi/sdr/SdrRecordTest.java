package dev.ipmi.sdr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.MalformedPacketException;
import dev.ipmi.core.command.sensor.Threshold;
import dev.ipmi.core.testing.Robustness;
import dev.ipmi.core.wire.Wire;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SdrRecordTest {
    private static final String ENTITY_ASSOCIATION = "200051080b" + "1701" + "c0" + "0301" + "0302" + "0000" + "0000";
    private static final String DEVICE_RELATIVE = "2100510915" + "0781" + "20" + "00" + "20"
            + "b2" + "10" + "1d" + "61" + "00000000" + "00000000" + "00000000";
    private static final String GENERIC_LOCATOR = "3000511013" + "20" + "a0" + "7b" + "82" + "00" + "07" + "00"
            + "0701" + "00" + "c8" + "5345455052304d30";
    private static final String MC_CONFIRMATION = "310051131b" + "20" + "01" + "23" + "02" + "15" + "51"
            + "a20200" + "3412" + "00112233445566778899aabbccddeeff";
    private static final String CHANNEL_INFO = "320051140b" + "81" + "92" + "000000000000" + "05" + "ff" + "00";
    private static final String OEM = "330051c005" + "570100" + "abcd";

    private static FullSensorRecord full(int recordId) throws MalformedPacketException {
        return assertInstanceOf(FullSensorRecord.class, SdrRecord.decode(TestbedSdrs.bytes(recordId)));
    }

    @ParameterizedTest(name = "record {0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            4  | CPU Temp   | 1  | 45   | 45    | degrees C | 3.1
            5  | Inlet Temp | 2  | 64   | 24    | degrees C | 12.1
            6  | 12V        | 3  | 200  | 12.00 | Volts     | 7.1
            7  | 5V         | 4  | 34   | 5.02  | Volts     | 7.1
            8  | 3.3V       | 5  | 165  | 3.30  | Volts     | 7.1
            9  | FAN1       | 6  | 90   | 5400  | RPM       | 29.1
            10 | FAN2       | 7  | 15   | 900   | RPM       | 29.2
            13 | CPU Margin | 10 | 221  | -35   | degrees C | 3.1
            """)
    void testbedFullSensorsConvert(int id, String name, int number, int raw, double value,
                                   String unit, String entity) throws Exception {
        FullSensorRecord r = full(id);
        assertEquals(id, r.recordId());
        assertEquals(SdrHeader.VERSION_1_5, r.header().version());
        assertEquals(name, r.name());
        assertEquals(number, r.key().sensorNumber());
        assertEquals(0x20, r.key().ownerId());
        assertEquals(unit, r.units().text());
        assertEquals(entity, r.entity().toString());
        assertTrue(r.eventReadingType().isThreshold());
        assertTrue(r.convertible());
        assertEquals(value, r.convert(raw), 1e-9);
    }

    @ParameterizedTest(name = "record {0} thresholds")
    @CsvSource(delimiter = '|', textBlock = """
            4  | NaN   | NaN   | NaN   | 85    | 95    | 105
            5  | -20   | -10   | -5    | 40    | 45    | 50
            6  | 10.20 | 10.80 | 11.40 | 12.60 | 13.20 | 13.80
            7  | NaN   | 4.51  | 4.75  | 5.26  | 5.50  | NaN
            8  | NaN   | 2.96  | 3.14  | 3.46  | 3.64  | NaN
            9  | 300   | 600   | 1200  | NaN   | NaN   | NaN
            13 | NaN   | NaN   | NaN   | NaN   | NaN   | NaN
            """)
    void testbedThresholdsInUnits(int id, double lnr, double lc, double lnc, double unc, double uc,
                                  double unr) throws Exception {
        Map<Threshold, Double> t = full(id).thresholdsInUnits();
        double[] want = {lnc, lc, lnr, unc, uc, unr};
        for (Threshold th : Threshold.values()) {
            double w = want[th.ordinal()];
            if (Double.isNaN(w)) {
                assertFalse(t.containsKey(th), th + " should be absent");
            } else {
                assertEquals(w, t.get(th), 1e-9, th.toString());
            }
        }
    }

    @Test
    void fullSensorFactorsAndHysteresis() throws Exception {
        FullSensorRecord inlet = full(5);
        assertEquals(-40, inlet.factors().b());
        assertEquals(1, inlet.factors().m());
        assertEquals(Linearization.LINEAR, inlet.linearization());
        FullSensorRecord fiveVolt = full(7);
        assertEquals(40, fiveVolt.factors().b());
        assertEquals(1, fiveVolt.factors().k1());
        assertEquals(-2, fiveVolt.factors().k2());
        assertEquals(0.03, fiveVolt.factors().resolution(), 1e-12);
        FullSensorRecord cpu = full(4);
        assertEquals(new Hysteresis(2.0, 2.0, 2, 2), cpu.hysteresis());
        assertEquals(new Hysteresis(0, 0, 0, 0), fiveVolt.hysteresis());
        assertEquals(0.06, Hysteresis.of(fiveVolt.factors(), 2, 1).positiveGoing(), 1e-12); // 2 raw steps of 0.03 V
        assertEquals(45.0, cpu.nominalInUnits().orElseThrow(), 1e-12);
        assertEquals(0x38, cpu.settableThresholdMask());
        assertEquals(AnalogFormat.TWOS_COMPLEMENT, full(13).units().format());
    }

    @Test
    void mcAndFruLocators() throws Exception {
        McDeviceLocatorRecord mc = assertInstanceOf(McDeviceLocatorRecord.class,
                SdrRecord.decode(TestbedSdrs.bytes(1)));
        assertEquals("Testbed BMC", mc.name());
        assertEquals(0x20, mc.slaveAddress());
        assertEquals("6.1", mc.entity().toString());
        assertTrue(mc.hasSensors() && mc.hasSdrRepository() && mc.hasSel() && mc.hasFruInventory());
        FruDeviceLocatorRecord fru = assertInstanceOf(FruDeviceLocatorRecord.class,
                SdrRecord.decode(TestbedSdrs.bytes(2)));
        assertEquals("PSU1 FRU", fru.name());
        assertTrue(fru.logical());
        assertEquals(1, fru.fruDeviceId());
        assertEquals("10.1", fru.entity().toString());
        assertEquals(0x10, fru.deviceType());
    }

    @Test
    void eventOnlyAndCompactRecords() throws Exception {
        EventOnlyRecord watchdog = assertInstanceOf(EventOnlyRecord.class, SdrRecord.decode(TestbedSdrs.bytes(3)));
        assertEquals("Watchdog", watchdog.name());
        assertEquals(SensorType.WATCHDOG_2, watchdog.sensorType());
        assertTrue(watchdog.eventReadingType().isSensorSpecific());
        assertEquals(0, watchdog.key().sensorNumber());
        CompactSensorRecord psu = assertInstanceOf(CompactSensorRecord.class, SdrRecord.decode(TestbedSdrs.bytes(11)));
        assertEquals("PSU1 Status", psu.name());
        assertEquals(SensorType.POWER_SUPPLY, psu.sensorType());
        assertEquals(8, psu.key().sensorNumber());
        assertEquals(AnalogFormat.NO_ANALOG_READING, psu.units().format());
        assertEquals(List.of(psu), psu.sensors());
        CompactSensorRecord intrusion = assertInstanceOf(CompactSensorRecord.class, SdrRecord.decode(TestbedSdrs.bytes(12)));
        assertEquals("Intrusion", intrusion.name());
        assertEquals(SensorType.PHYSICAL_SECURITY, intrusion.sensorType());
        assertEquals("Chassis", EntityId.of(0x17).name().substring(7));
    }

    @Test
    void compactSharingExpandsIntoNumberedSensors() throws Exception {
        // Share count 3, alpha modifier from offset 0, entity instance increments.
        byte[] rec = TestbedSdrs.bytes(12);
        rec[5 + 18] = 0x13;
        rec[5 + 19] = (byte) 0x80;
        CompactSensorRecord r = (CompactSensorRecord) SdrRecord.decode(rec);
        List<SensorRecord> sensors = r.sensors();
        assertEquals(List.of("IntrusionA", "IntrusionB", "IntrusionC"),
                sensors.stream().map(SensorRecord::name).toList());
        assertEquals(List.of(9, 10, 11), sensors.stream().map(s -> s.key().sensorNumber()).toList());
        assertEquals(List.of(1, 2, 3), sensors.stream().map(s -> s.entity().instance()).toList());
        // Numeric modifier from offset 5, same entity instance.
        rec[5 + 18] = 0x02;
        rec[5 + 19] = 0x05;
        r = (CompactSensorRecord) SdrRecord.decode(rec);
        assertEquals(List.of("Intrusion5", "Intrusion6"), r.sensors().stream().map(SensorRecord::name).toList());
        assertEquals(List.of(1, 1), r.sensors().stream().map(s -> s.entity().instance()).toList());
        // Event-only record sharing works the same way.
        byte[] eo = TestbedSdrs.bytes(3);
        eo[5 + 7] = 0x12;
        eo[5 + 8] = 0x19;
        List<SensorRecord> wd = SdrRecord.decode(eo) instanceof SensorRecord s ? s.sensors() : List.of();
        assertEquals(List.of("WatchdogZ", "WatchdogAA"), wd.stream().map(SensorRecord::name).toList());
    }

    @Test
    void entityAssociationRecords() throws Exception {
        EntityAssociationRecord ea = assertInstanceOf(EntityAssociationRecord.class, SdrRecord.decode(
                Wire.unhex(ENTITY_ASSOCIATION)));
        assertEquals("23.1", ea.container().toString());
        assertTrue(ea.ranges() && ea.linked() && !ea.presenceAlwaysAccessible());
        assertEquals(List.of(Entity.of(3, 1), Entity.of(3, 2)), ea.contained());

        DeviceRelativeEntityAssociationRecord dr = assertInstanceOf(DeviceRelativeEntityAssociationRecord.class,
                SdrRecord.decode(Wire.unhex(DEVICE_RELATIVE)));
        assertEquals(Entity.of(7, 0x81), dr.container().entity());
        assertTrue(dr.container().entity().logical());
        assertEquals(0x20, dr.container().deviceAddress());
        assertTrue(dr.presenceAlwaysAccessible());
        assertEquals(1, dr.contained().size());
        assertEquals(0xB2, dr.contained().get(0).deviceAddress());
        assertEquals(1, dr.contained().get(0).channel());
        assertTrue(dr.contained().get(0).entity().deviceRelative());
    }

    @Test
    void genericLocatorConfirmationChannelInfoOemUnknown() throws Exception {
        GenericDeviceLocatorRecord g = assertInstanceOf(GenericDeviceLocatorRecord.class, SdrRecord.decode(
                Wire.unhex(GENERIC_LOCATOR)));
        assertEquals(0x20, g.accessAddress());
        assertEquals(0xA0, g.slaveAddress());
        assertEquals(0x0B, g.channel()); // 011b from byte 2 plus bit 3 from byte 3
        assertEquals(3, g.accessLun());
        assertEquals(3, g.privateBus());
        assertEquals(2, g.addressSpan());
        assertEquals("SEEPR0M0", g.idString().text());

        McConfirmationRecord c = assertInstanceOf(McConfirmationRecord.class, SdrRecord.decode(Wire.unhex(MC_CONFIRMATION)));
        assertEquals(2, c.channel());
        assertEquals(3, c.deviceRevision());
        assertEquals("2.15", c.firmwareRevision());
        assertEquals(0x51, c.ipmiVersion());
        assertEquals(0x02A2, c.manufacturerId());
        assertEquals(0x1234, c.productId());
        assertEquals(UUID.fromString("ffeeddcc-bbaa-9988-7766-554433221100"), c.deviceGuid());

        BmcMessageChannelInfoRecord ci = assertInstanceOf(BmcMessageChannelInfoRecord.class, SdrRecord.decode(Wire.unhex(CHANNEL_INFO)));
        assertTrue(ci.channels().get(0).transmitSupported());
        assertEquals(1, ci.channels().get(1).receiveLun());
        assertEquals(2, ci.channels().get(1).protocol());
        assertEquals(5, ci.messagingInterruptType());
        assertEquals(0xFF, ci.eventInterruptType());

        OemRecord oem = assertInstanceOf(OemRecord.class, SdrRecord.decode(Wire.unhex(OEM)));
        assertEquals(0x157, oem.manufacturerId());
        assertEquals("abcd", Wire.hex(oem.data()));

        UnknownRecord u = assertInstanceOf(UnknownRecord.class, SdrRecord.decode(Wire.unhex("34005115020102")));
        assertEquals(0x15, u.header().recordType());
        assertEquals("0102", Wire.hex(u.body()));
    }

    @Test
    void everyRecordTypeRoundTrips() throws Exception {
        List<String> all = new java.util.ArrayList<>(TestbedSdrs.HEX);
        all.addAll(List.of(ENTITY_ASSOCIATION, DEVICE_RELATIVE, GENERIC_LOCATOR, MC_CONFIRMATION, CHANNEL_INFO,
                OEM, "34005115020102"));
        for (String hex : all) {
            SdrRecord r = SdrRecord.decode(Wire.unhex(hex));
            assertEquals(hex, Wire.hex(r.toBytes()), r.getClass().getSimpleName());
            assertEquals(hex.length() / 2, r.encodedLength());
            assertEquals(r, SdrRecord.decode(r.toBytes()));
        }
    }

    @Test
    void idStringsTooLongForTheRecordAreCut() throws Exception {
        byte[] rec = TestbedSdrs.bytes(1); // MC locator "Testbed BMC", 11 bytes
        rec[5 + 10] = (byte) 0xDF;         // claims 31 bytes
        assertEquals("Testbed BMC", ((McDeviceLocatorRecord) SdrRecord.decode(rec)).name());
    }

    @Test
    void headerIsValidated() {
        assertThrows(MalformedPacketException.class, () -> SdrRecord.decode(Wire.unhex("010020120000")));
        // length beyond the data
        assertThrows(MalformedPacketException.class, () -> SdrRecord.decode(Wire.unhex("0100511220000000")));
        // a known type whose body is too short for its fixed fields
        assertThrows(MalformedPacketException.class, () -> SdrRecord.decode(Wire.unhex("010051120200000000")));
    }

    @Test
    void decodeStopsAtTheRecordsLength() throws Exception {
        ByteBuffer two = ByteBuffer.wrap(Wire.unhex(TestbedSdrs.HEX.get(0) + TestbedSdrs.HEX.get(1)));
        assertEquals(1, SdrRecord.decode(two).recordId());
        assertEquals(2, SdrRecord.decode(two).recordId());
        assertFalse(two.hasRemaining());
    }

    /** Decodes and exercises what callers derive from a record: shared sensors, values, states. */
    private static Object decodeAndUse(ByteBuffer in) throws MalformedPacketException {
        SdrRecord r = SdrRecord.decode(in);
        if (r.toBytes().length != r.encodedLength()) {
            throw new AssertionError("encodedLength disagrees with encode for " + r);
        }
        if (r instanceof SensorRecord s) {
            for (SensorRecord each : s.sensors()) {
                SensorValue v = SensorValue.of(each, new SensorReading(0x80, true, true, false, 0x7FFF));
                v.states();
                v.statusText();
                v.unit();
                each.name();
            }
        }
        if (r instanceof FullSensorRecord f) {
            f.thresholdsInUnits();
            f.nominalInUnits();
            f.factors().accuracyPercent();
        }
        return r;
    }

    @Test
    void everyRecordTypeIsRobust() {
        for (int id = 1; id <= TestbedSdrs.HEX.size(); id++) {
            Robustness.assertRobust("SDR " + id, TestbedSdrs.bytes(id), SdrRecordTest::decodeAndUse);
        }
        for (String hex : List.of(ENTITY_ASSOCIATION, DEVICE_RELATIVE, GENERIC_LOCATOR, MC_CONFIRMATION,
                CHANNEL_INFO, OEM)) {
            Robustness.assertRobust("SDR type " + hex.substring(6, 8), Wire.unhex(hex), SdrRecordTest::decodeAndUse);
        }
    }
}
