package dev.ipmi.sdr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ipmi.core.IpmiException;
import dev.ipmi.core.command.CompletionCodeException;
import dev.ipmi.lan.BridgeTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SdrRepositoryReaderTest {
    private static List<byte[]> testbed() {
        return IntStream.rangeClosed(1, TestbedSdrs.HEX.size()).mapToObj(TestbedSdrs::bytes).toList();
    }

    private static void assertSameRecords(List<byte[]> want, SdrRepository got) {
        assertEquals(want.size(), got.rawRecords().size());
        for (int i = 0; i < want.size(); i++) {
            assertArrayEquals(want.get(i), got.rawRecords().get(i), "record " + i);
        }
        assertEquals(List.of(), got.warnings());
    }

    @Test
    void wholeRecordReads() throws Exception {
        FakeStorageBmc bmc = new FakeStorageBmc(testbed(), new byte[0]);
        List<int[]> progress = new CopyOnWriteArrayList<>();
        SdrRepository repo = new SdrRepositoryReader(bmc).read((n, total) -> progress.add(new int[] {n, total}));
        assertSameRecords(testbed(), repo);
        assertEquals(13, bmc.getSdrCount, "one Get SDR per record");
        assertEquals(List.of(1, 13), List.of(progress.get(0)[0], progress.get(0)[1]));
        assertEquals(13, progress.size());
        assertEquals(11, repo.sensors().size());
    }

    @ParameterizedTest(name = "completion code 0x{0}")
    @ValueSource(ints = {0xCA, 0xFF, 0xC7, 0xC8})
    void partialReadsShrinkUntilTheyFit(int code) throws Exception {
        FakeStorageBmc bmc = new FakeStorageBmc(testbed(), new byte[0]);
        bmc.maxRead = 10;
        bmc.tooLarge = code;
        assertSameRecords(testbed(), new SdrRepositoryReader(bmc).read());
    }

    @Test
    void cancelledReservationIsRenewed() throws Exception {
        FakeStorageBmc bmc = new FakeStorageBmc(testbed(), new byte[0]);
        bmc.maxRead = 16;
        bmc.cancelReservationAt = n -> n == 7 || n == 30 ? 1 : 0;
        assertSameRecords(testbed(), new SdrRepositoryReader(bmc).read());
        assertEquals(3, bmc.reserveCount);
    }

    @Test
    void changedRepositoryIsWalkedAgain() throws Exception {
        FakeStorageBmc bmc = new FakeStorageBmc(testbed(), new byte[0]);
        bmc.additionAt = n -> n >= 2 ? 5 : 0; // changes between the first and the second info
        List<Integer> progress = new CopyOnWriteArrayList<>();
        assertSameRecords(testbed(), new SdrRepositoryReader(bmc).read((n, total) -> progress.add(n)));
        assertEquals(26, progress.size());
        assertEquals(1, progress.get(13));
        bmc.additionAt = n -> n; // changes every time
        assertThrows(IpmiException.class, () -> new SdrRepositoryReader(bmc).read());
    }

    @Test
    void cancelledReservationOnAChangedRepositoryRestartsTheWalkAtOnce() throws Exception {
        FakeStorageBmc bmc = new FakeStorageBmc(testbed(), new byte[0]);
        bmc.maxRead = 16;
        bmc.cancelReservationAt = n -> n == 10 ? 1 : 0;
        bmc.additionAt = n -> n >= 2 ? 7 : 0; // the info asked after the C5h sees the change
        List<Integer> progress = new CopyOnWriteArrayList<>();
        assertSameRecords(testbed(), new SdrRepositoryReader(bmc).read((n, total) -> progress.add(n)));
        int restart = progress.subList(1, progress.size()).indexOf(1) + 1;
        assertTrue(restart > 0 && restart < 13, "restarted early: " + progress);
        assertEquals(13, progress.size() - restart);
    }

    @Test
    void deviceSdrsWalkTheSameWay() throws Exception {
        FakeStorageBmc bmc = new FakeStorageBmc(List.of(), new byte[0]);
        bmc.deviceSdrs.put(0, testbed());
        bmc.maxRead = 12;
        bmc.cancelReservationAt = n -> n == 9 ? 1 : 0;
        bmc.additionAt = n -> n >= 3 ? 1 : 0; // info 1 finds the LUNs, info 2 starts the walk
        List<Integer> progress = new CopyOnWriteArrayList<>();
        assertSameRecords(testbed(), new SdrRepositoryReader(bmc).readDeviceSdrs((n, total) -> progress.add(n)));
        // The C5h came with a moved change indicator: the first walk was abandoned there.
        assertEquals(IntStream.rangeClosed(1, 13).boxed().toList(), progress.subList(progress.size() - 13, progress.size()));
        assertTrue(progress.size() < 26, progress.toString());
        assertEquals(2, bmc.reserveCount);
    }

    @Test
    void otherErrorsPropagate() {
        FakeStorageBmc bmc = new FakeStorageBmc(testbed(), new byte[0]);
        bmc.maxRead = 0;
        assertThrows(IpmiException.class, () -> new SdrRepositoryReader(bmc).read());
        List<byte[]> damaged = new java.util.ArrayList<>(testbed());
        damaged.set(3, new byte[] {4, 0, 0x51, 1, 0}); // a full sensor record with an empty body
        SdrRepository repo = assertDoesNotThrowRead(new FakeStorageBmc(damaged, new byte[0]));
        assertEquals(12, repo.records().size());
        assertTrue(repo.warnings().get(0).startsWith("Full sensor record 4"), repo.warnings().toString());
    }

    private static SdrRepository assertDoesNotThrowRead(FakeStorageBmc bmc) {
        try {
            return new SdrRepositoryReader(bmc).read();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void cacheHitsSkipTheWalkAndStaleEntriesAreReplaced(@TempDir Path dir) throws Exception {
        List<String> staleEvents = new CopyOnWriteArrayList<>();
        SdrCacheListener listener = (stale, current) -> staleEvents.add(stale.fileName() + " -> " + current.fileName());
        for (SdrCache cache : List.of(SdrCache.inMemory(listener), SdrCache.directory(dir, listener))) {
            FakeStorageBmc bmc = new FakeStorageBmc(testbed(), new byte[0]);
            SdrCacheKey key = new SdrCacheKey(0x157, 1, 1, 2, 0x1000, 0x10);
            assertSameRecords(testbed(), new SdrRepositoryReader(bmc, cache).read());
            assertEquals(13, bmc.getSdrCount);
            assertSameRecords(testbed(), new SdrRepositoryReader(bmc, cache).read());
            assertEquals(13, bmc.getSdrCount, "the second read came from the cache");
            cache.put(key, testbed());
            assertSameRecords(testbed(), SdrRepository.of(cache.get(key).orElseThrow()));
            SdrCacheKey newer = new SdrCacheKey(0x157, 1, 1, 2, 0x2000, 0x10);
            assertTrue(cache.get(newer).isEmpty());
            SdrCacheKey otherModel = new SdrCacheKey(0x157, 2, 1, 2, 0x1000, 0x10);
            cache.put(otherModel, testbed().subList(0, 1));
            cache.put(newer, testbed().subList(0, 2));
            assertEquals(2, cache.get(newer).orElseThrow().size());
            assertTrue(cache.get(key).isEmpty(), "the stale entry is gone");
            assertEquals(1, cache.get(otherModel).orElseThrow().size(), "other models are kept");
        }
        assertEquals(List.of("000157-0001-fw1.02-add1000-era10 -> 000157-0001-fw1.02-add2000-era10",
                "000157-0001-fw1.02-add1000-era10 -> 000157-0001-fw1.02-add2000-era10"), staleEvents);
        assertEquals(java.util.Optional.of(new SdrCacheKey(0x157, 1, 1, 2, 0x2000, 0x10)),
                SdrCacheKey.parseFileName("000157-0001-fw1.02-add2000-era10"));
        assertTrue(SdrCacheKey.parseFileName("notes").isEmpty());
    }

    /** Testbed record 4 (CPU Temp, a full sensor record) as record {@code id} of another sensor. */
    private static byte[] sensor(int id, int ownerLun, int number) {
        byte[] r = TestbedSdrs.bytes(4);
        r[0] = (byte) id;
        r[1] = (byte) (id >> 8);
        r[6] = (byte) ownerLun;
        r[7] = (byte) number;
        r[11] = 0; // no threshold access: a reading is one Get Sensor Reading
        return r;
    }

    @Test
    void deviceSdrsOfEachReportedLunFollowTheRepository() throws Exception {
        FakeStorageBmc bmc = new FakeStorageBmc(testbed(), new byte[0]);
        byte[] lun0 = sensor(0x101, 0, 0x40);
        byte[] lun1 = sensor(0x102, 1, 0x41);
        // Sensor 1 on LUN 0 is CPU Temp, which the repository already describes.
        bmc.deviceSdrs.put(0, List.of(lun0, sensor(0x103, 0, 1)));
        bmc.deviceSdrs.put(1, List.of(lun1));
        List<int[]> progress = new CopyOnWriteArrayList<>();
        SdrRepository repo = new SdrRepositoryReader(bmc).read((n, total) -> progress.add(new int[] {n, total}));
        List<byte[]> want = new java.util.ArrayList<>(testbed());
        want.add(lun0);
        want.add(lun1);
        assertSameRecords(want, repo);
        assertEquals(16, progress.size());
        assertEquals(List.of(16, 16), List.of(progress.get(15)[0], progress.get(15)[1]));
        // LUN 0 of the BMC is the session itself; LUN 1 is reached by bridging.
        assertTrue(bmc.bridged.stream().allMatch(t -> t.equals(new BridgeTarget(0, 0x20, 1))), bmc.bridged.toString());
        assertEquals(4, bmc.bridged.size(), "Get Device SDR Info before and after, Reserve, Get Device SDR on LUN 1: " + bmc.bridged);

        bmc.bridged.clear();
        bmc.sensorReading = new byte[] {0x30, (byte) 0xc0, 0};
        SensorValue lun1Sensor = new SensorReader(bmc).read(repo.sensor(0x20, 1, 0x41).orElseThrow());
        assertEquals(48.0, lun1Sensor.value().getAsDouble(), 1e-9);
        assertEquals(List.of(new BridgeTarget(0, 0x20, 1)), bmc.bridged);
        assertEquals(12, new SensorReader(bmc).readAll(repo).size());
    }

    @Test
    void aControllerWithOnlyDeviceSdrsIsNotAskedForARepository() throws Exception {
        FakeStorageBmc bmc = new FakeStorageBmc(testbed(), new byte[0]);
        bmc.support = 0x01; // a sensor device, no SDR repository
        bmc.deviceSdrs.put(0, List.of(sensor(0x101, 0, 0x40)));
        SdrRepository repo = new SdrRepositoryReader(bmc, null, BridgeTarget.ipmb(0x30)).read();
        assertSameRecords(List.of(sensor(0x101, 0, 0x40)), repo);
        assertEquals(1, bmc.getSdrCount);
        assertEquals(List.of("Get Device ID", "Get Device SDR Info", "Get Device SDR Info", "Reserve Device SDR Repository",
                "Get Device SDR", "Get Device SDR Info"), bmc.commands);
        assertTrue(bmc.bridged.stream().allMatch(t -> t.equals(BridgeTarget.ipmb(0x30))), bmc.bridged.toString());
        assertEquals(6, bmc.bridged.size(), "Get Device ID, Get Device SDR Info three times, Reserve, Get Device SDR");
    }

    @Test
    void deviceSdrsAreCachedUnderTheirChangeIndicator(@TempDir Path dir) throws Exception {
        List<String> stale = new CopyOnWriteArrayList<>();
        SdrCache cache = SdrCache.directory(dir, (old, current) -> stale.add(old.fileName() + " -> " + current.fileName()));
        FakeStorageBmc bmc = new FakeStorageBmc(testbed(), new byte[0]);
        bmc.deviceSdrs.put(0, List.of(sensor(0x101, 0, 0x40)));
        assertEquals(14, new SdrRepositoryReader(bmc, cache).read().records().size());
        int walked = bmc.getSdrCount;
        assertEquals(14, new SdrRepositoryReader(bmc, cache).read().records().size());
        assertEquals(walked, bmc.getSdrCount, "served from the cache");
        SdrCacheKey key = new SdrCacheKey(0x157, 1, 1, 2, 0x1000, 0x10, 0x1000);
        assertEquals("000157-0001-fw1.02-add1000-era10-dev1000", key.fileName());
        assertEquals(java.util.Optional.of(key), SdrCacheKey.parseFileName(key.fileName()));
        assertEquals(14, cache.get(key).orElseThrow().size());

        // The device's population changes: its indicator moves, the entry is stale.
        bmc.additionAt = n -> 0x20;
        bmc.deviceSdrs.put(0, List.of(sensor(0x101, 0, 0x40), sensor(0x102, 0, 0x42)));
        assertEquals(15, new SdrRepositoryReader(bmc, cache).read().records().size());
        assertEquals(List.of("000157-0001-fw1.02-add1000-era10-dev1000 -> 000157-0001-fw1.02-add1020-era10-dev1020"),
                stale);
    }

    @Test
    void aControllerThatCannotReserveIsReadUnreserved() throws Exception {
        FakeStorageBmc bmc = new FakeStorageBmc(List.of(), new byte[0]);
        bmc.deviceSdrs.put(0, testbed());
        bmc.reserveCode = 0xC1;
        assertSameRecords(testbed(), new SdrRepositoryReader(bmc).readDeviceSdrs(SdrProgressListener.NONE));
        assertEquals(1, bmc.reserveCount, "asked once, then not again");
        bmc.reserveCode = 0xC0; // busy: not a missing command, so it stays an error
        assertThrows(CompletionCodeException.class, () -> new SdrRepositoryReader(bmc).readDeviceSdrs(SdrProgressListener.NONE));
    }
}
