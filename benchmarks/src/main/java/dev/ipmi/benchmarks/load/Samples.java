package dev.ipmi.benchmarks.load;

import java.util.Arrays;

/**
 * Durations of repeated operations, in nanoseconds, and the order statistics a load report
 * needs. Nearest-rank percentiles: with 200 samples p99 is the second-largest, not an
 * interpolation between samples that never happened.
 */
final class Samples {
    private long[] values;
    private int size;

    Samples(int expected) {
        values = new long[Math.max(16, expected)];
    }

    synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    synchronized int size() {
        return size;
    }

    /** The p-th percentile (0 < p <= 100) by nearest rank, in nanoseconds. */
    synchronized long percentile(double p) {
        if (size == 0) {
            throw new IllegalStateException("no samples");
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size, rank) - 1)];
    }

    long median() {
        return percentile(50);
    }

    long p99() {
        return percentile(99);
    }

    synchronized long min() {
        return Arrays.stream(values, 0, size).min().orElseThrow();
    }

    synchronized long max() {
        return Arrays.stream(values, 0, size).max().orElseThrow();
    }

    /** {@code median 1.23 ms, p99 4.56 ms (min .., max .., n=200)}. */
    String summary() {
        return String.format("median %s, p99 %s (min %s, max %s, n=%d)",
                ms(median()), ms(p99()), ms(min()), ms(max()), size());
    }

    static String ms(long nanos) {
        return nanos >= 10_000_000 ? String.format("%.0f ms", nanos / 1e6) : String.format("%.3f ms", nanos / 1e6);
    }
}
