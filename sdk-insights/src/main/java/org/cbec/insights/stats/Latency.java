package org.cbec.insights.stats;

import java.time.Duration;

/**
 * Filing-to-release times of a group: percentiles from a fixed-size histogram, at most 1/16 above the true value
 * (never above the maximum). All durations are {@code null} when nothing in the group was released.
 *
 * @param count how many released filings were timed
 * @param p50   the median
 * @param p90   the 90th percentile
 * @param p99   the 99th percentile
 * @param max   the longest
 */
public record Latency(long count, Duration p50, Duration p90, Duration p99, Duration max) {

    /** As people read it: {@code 2d03h}, {@code 1h05m}, {@code 4m10s}, {@code 45s}; {@code -} for {@code null}. */
    public static String format(Duration d) {
        if (d == null) {
            return "-";
        }
        long s = d.getSeconds();
        if (s >= 86_400) {
            return String.format("%dd%02dh", s / 86_400, s % 86_400 / 3_600);
        }
        if (s >= 3_600) {
            return String.format("%dh%02dm", s / 3_600, s % 3_600 / 60);
        }
        if (s >= 60) {
            return String.format("%dm%02ds", s / 60, s % 60);
        }
        return s + "s";
    }
}
