package dev.ipmi.sdr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ipmi.core.command.CompletionCodeException;
import dev.ipmi.sdr.fru.FruInventory;
import dev.ipmi.sdr.fru.FruReader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FruReaderTest {
    private static byte[] image() {
        byte[] b = new byte[300];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 7);
        }
        // a common header with no areas, then opaque bytes
        System.arraycopy(new byte[] {1, 0, 0, 0, 0, 0, 0, -1}, 0, b, 0, 8);
        return b;
    }

    @ParameterizedTest(name = "completion code 0x{0}")
    @ValueSource(ints = {0xC7, 0xC8, 0xCA, 0xFF})
    void chunksShrinkOnTooLargeErrors(int code) throws Exception {
        FakeStorageBmc bmc = new FakeStorageBmc(List.of(), image());
        bmc.maxRead = 20;
        bmc.tooLarge = code;
        FruReader reader = new FruReader(bmc);
        assertArrayEquals(image(), reader.readImage(0));
        assertEquals(List.of(64, 32, 16, 16), bmc.fruReadSizes.subList(0, 4));
        FruInventory inv = reader.read(0);
        assertEquals(List.of(), inv.warnings());
    }

    @ParameterizedTest
    @ValueSource(ints = {0xC1, 0xCB})
    void otherErrorsPropagate(int code) {
        FakeStorageBmc bmc = new FakeStorageBmc(List.of(), image());
        bmc.maxRead = 0;
        bmc.tooLarge = code;
        assertThrows(CompletionCodeException.class, () -> new FruReader(bmc).readImage(0));
    }
}
