package org.cbec.insights.internal;

import java.time.Duration;
import org.cbec.insights.stats.Latency;

/**
 * Durations in whole seconds counted in log-linear buckets: exact below 16 s, then 16 buckets per power of two, so a
 * percentile is reported at most 1/16 (6.25 %) above the true value and never above the largest value seen. Fixed
 * size (about 5 KB) whatever the number of values: what keeps latency percentiles in bounded memory.
 */
public final class LatencyHistogram {

    private static final int SUB = 16;
    private static final int SHIFT = 4;
    private static final int BUCKETS = SUB + (63 - SHIFT) * SUB;

    private long[] counts;
    private long count;
    private long max;

    /** Counts one duration; a negative one counts as 0. */
    public void add(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (counts == null) {
            counts = new long[BUCKETS];
        }
        counts[bucket(s)]++;
        count++;
        max = Math.max(max, s);
    }

    /** Adds another histogram's counts. */
    public void addAll(LatencyHistogram other) {
        if (other.count == 0) {
            return;
        }
        if (counts == null) {
            counts = new long[BUCKETS];
        }
        for (int i = 0; i < BUCKETS; i++) {
            counts[i] += other.counts[i];
        }
        count += other.count;
        max = Math.max(max, other.max);
    }

    /** How many durations were counted. */
    public long count() {
        return count;
    }

    /** The {@code p} quantile (0 &lt; p &le; 1): the upper bound of the bucket holding it, at most the maximum. */
    public Duration quantile(double p) {
        if (count == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(p * count));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Duration.ofSeconds(Math.min(upper(i), max));
            }
        }
        return Duration.ofSeconds(max);
    }

    /** p50, p90, p99 and the maximum; all {@code null} when nothing was counted. */
    public Latency latency() {
        return new Latency(count, quantile(0.5), quantile(0.9), quantile(0.99), count == 0 ? null : Duration.ofSeconds(max));
    }

    static int bucket(long s) {
        if (s < SUB) {
            return (int) s;
        }
        int e = 63 - Long.numberOfLeadingZeros(s);
        return SUB + (e - SHIFT) * SUB + (int) ((s >>> (e - SHIFT)) - SUB);
    }

    static long upper(int bucket) {
        if (bucket < SUB) {
            return bucket;
        }
        int e = (bucket - SUB) / SUB + SHIFT;
        long sub = (bucket - SUB) % SUB;
        return ((SUB + sub + 1) << (e - SHIFT)) - 1;
    }
}
