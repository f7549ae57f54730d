package dev.ipmi.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.ipmi.core.IpmiException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

/**
 * Feeds a decoder every truncation of a valid fixture and many random mutations of it, and
 * fails if anything but a library exception ({@link IpmiException}) escapes. Shared by every
 * module's decoder tests through ipmi-core's test-jar.
 */
public final class Robustness {
    /** The mutations each decoder gets per run, as the foundation issue asks. */
    public static final int DEFAULT_MUTATIONS = 10_000;

    /** A decoder under test; it may throw only {@link IpmiException}s. */
    @FunctionalInterface
    public interface Decoder {
        Object decode(ByteBuffer in) throws Exception;
    }

    private Robustness() {}

    /** Every truncated length plus {@link #DEFAULT_MUTATIONS} mutations with a fixed seed derived from the name. */
    public static void assertRobust(String name, byte[] valid, Decoder decoder) {
        assertRobust(name, valid, decoder, DEFAULT_MUTATIONS, name.hashCode());
    }

    /** Every truncated length plus {@code mutations} random mutations from {@code seed}. */
    public static void assertRobust(String name, byte[] valid, Decoder decoder, int mutations, long seed) {
        for (int len = 0; len < valid.length; len++) {
            tryDecode(name + " truncated to " + len, Arrays.copyOf(valid, len), decoder);
        }
        Random random = new Random(seed);
        for (int i = 0; i < mutations; i++) {
            tryDecode(name + " mutation " + i, mutate(valid, random), decoder);
        }
    }

    /** One input; fails the test if something other than a library exception escapes. */
    public static void tryDecode(String what, byte[] input, Decoder decoder) {
        try {
            decoder.decode(ByteBuffer.wrap(input));
        } catch (IpmiException expected) {
            // the library's own, typed rejection: fine
        } catch (Throwable t) {
            AssertionError e = new AssertionError(what + ": " + t + " for input "
                    + HexFormat.of().formatHex(input));
            e.initCause(t);
            fail(e);
        }
    }

    /** A random mutation: flipped bits, random bytes, inserted or removed bytes, appended garbage. */
    public static byte[] mutate(byte[] valid, Random random) {
        byte[] b = valid.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            switch (random.nextInt(6)) {
                case 0 -> {
                    if (b.length > 0) {
                        b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                case 1 -> {
                    if (b.length > 0) {
                        b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                    }
                }
                case 2 -> {
                    if (b.length > 0) {
                        // interesting values for length fields
                        int[] edge = {0x00, 0x01, 0x7F, 0x80, 0xFE, 0xFF};
                        b[random.nextInt(b.length)] = (byte) edge[random.nextInt(edge.length)];
                    }
                }
                case 3 -> {
                    int at = random.nextInt(b.length + 1);
                    byte[] n = new byte[b.length + 1];
                    System.arraycopy(b, 0, n, 0, at);
                    n[at] = (byte) random.nextInt(256);
                    System.arraycopy(b, at, n, at + 1, b.length - at);
                    b = n;
                }
                case 4 -> {
                    if (b.length > 0) {
                        int at = random.nextInt(b.length);
                        byte[] n = new byte[b.length - 1];
                        System.arraycopy(b, 0, n, 0, at);
                        System.arraycopy(b, at + 1, n, at, b.length - at - 1);
                        b = n;
                    }
                }
                default -> {
                    byte[] extra = new byte[1 + random.nextInt(16)];
                    random.nextBytes(extra);
                    byte[] n = Arrays.copyOf(b, b.length + extra.length);
                    System.arraycopy(extra, 0, n, b.length, extra.length);
                    b = n;
                }
            }
        }
        return b;
    }
}
