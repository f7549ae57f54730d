package dev.ipmi.sdr.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every ipmi-sdr fuzz target behind one entry point (first byte chooses), fuzzed for a bounded
 * time by the {@code bounded-fuzz} execution of this module's pom; see ipmi-core's
 * {@code dev.ipmi.core.fuzz.AllTargetsFuzzTest}.
 */
class AllTargetsFuzzTest {
    static final List<Consumer<byte[]>> TARGETS = List.of(
            new SdrFuzzTest()::sdrRecords,
            new SdrFuzzTest()::selRecords,
            new SdrFuzzTest()::fruInventory);

    @FuzzTest(maxDuration = "15s")
    void anyTarget(byte[] input) {
        if (input.length == 0) {
            return;
        }
        TARGETS.get((input[0] & 0xFF) % TARGETS.size()).accept(Arrays.copyOfRange(input, 1, input.length));
    }
}
