package org.w3id.parley.bench;

import java.util.Arrays;
import java.util.List;

/** Percentiles of measured durations, by the nearest-rank method. */
record Stats(int count, double p50, double p95, double p99) {

    /** From durations in nanoseconds; the figures are in milliseconds. */
    static Stats ofNanos(List<Long> nanos) {
        if (nanos.isEmpty()) return new Stats(0, Double.NaN, Double.NaN, Double.NaN);
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Stats(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99));
    }

    private static double rank(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    @Override
    public String toString() {
        return Arrays.toString(new double[] {p50, p95, p99}) + " ms over " + count;
    }
}
