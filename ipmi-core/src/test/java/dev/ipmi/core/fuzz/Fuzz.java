package dev.ipmi.core.fuzz;

import dev.ipmi.core.IpmiException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;

/**
 * The oracle every fuzz target shares: a decoder fed hostile bytes may return or throw the
 * library's own {@link IpmiException}; anything else escapes to the fuzzer as a finding. It must
 * also not allocate far beyond what its input could justify, which is how an allocation sized
 * from an unchecked length field shows up (inputs are a few KiB at most, a length field can
 * claim 4 GiB).
 */
public final class Fuzz {
    /**
     * Generous: decoders build records, strings and lists (a compact SDR shared by 127 sensors
     * expands to 127 records; with their descriptions and converted readings a bounded fuzz run
     * found one input at 1.47 MB; a 1.6 KB FRU image holds 256 multirecords, ~600 KiB decoded,
     * and Jazzer's hooks allocate too while fuzzing), but never in proportion to a claimed
     * length. A 32-bit length field goes far past this.
     */
    private static final long FIXED_ALLOWANCE = 4 * 1024 * 1024;
    private static final long PER_INPUT_BYTE = 1024;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** A decoder under fuzz. */
    @FunctionalInterface
    public interface Target {
        void run(ByteBuffer in) throws Exception;
    }

    private Fuzz() {}

    /**
     * Runs one decoder on {@code input}; only library exceptions are swallowed. It runs twice and
     * only the second run's allocations count: the first loads and links whatever classes this
     * input's path needs, which is a one-time cost, not the decoder's.
     */
    public static void decode(byte[] input, Target target) {
        runOnce(input, target);
        long before = THREADS.getCurrentThreadAllocatedBytes();
        runOnce(input, target);
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
        long allowed = FIXED_ALLOWANCE + PER_INPUT_BYTE * input.length;
        if (allocated > allowed) {
            throw new AssertionError("decoding " + input.length + " bytes allocated " + allocated
                    + " bytes (allowed " + allowed + "): an allocation sized from an unchecked length?");
        }
    }

    private static void runOnce(byte[] input, Target target) {
        try {
            target.run(ByteBuffer.wrap(input));
        } catch (IpmiException expected) {
            // the library's typed rejection of bad network input
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("checked exception that is not an IpmiException: " + e, e);
        }
    }
}
