package dev.ipmi.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every ipmi-core fuzz target behind one entry point, the first byte choosing the target: Jazzer
 * fuzzes one test per JVM, and this is the one the build fuzzes for a bounded time
 * (the {@code bounded-fuzz} execution in this module's pom). Long campaigns fuzz each target
 * on its own (FUZZING.md).
 */
class AllTargetsFuzzTest {
    static final List<Consumer<byte[]>> TARGETS = List.of(
            new WireFuzzTest()::rmcpAsf,
            new WireFuzzTest()::sessionHeaders,
            new WireFuzzTest()::lanMessages,
            new WireFuzzTest()::sessionSetup,
            new SessionFuzzTest()::rmcpPlusPipeline,
            new SessionFuzzTest()::ipmi15Pipeline,
            new CommandFuzzTest()::catalogue);

    @FuzzTest(maxDuration = "20s")
    void anyTarget(byte[] input) {
        if (input.length == 0) {
            return;
        }
        TARGETS.get((input[0] & 0xFF) % TARGETS.size()).accept(Arrays.copyOfRange(input, 1, input.length));
    }
}
