package org.cbec.insights.stats;

import java.time.Instant;
import java.util.List;

/**
 * Statistics of what was filed: the overall total, the groups of the requested dimensions (sorted by key) and the
 * most frequent refusal reasons. Render it with {@link StatisticsWriter}.
 *
 * <pre>{@code
 * Statistics s = insights.statistics(source, FactQuery.all(), Dimension.TYPE, Dimension.MODE);
 * s.total().count();              // every filed document
 * s.groups().get(0).key();        // ["CEB311", "-"]
 * StatisticsWriter.text(s, System.out);
 * }</pre>
 *
 * @param by               the dimensions, in order; empty for the total only
 * @param from             the first submission instant asked for, or {@code null}
 * @param to               the end asked for (exclusive), or {@code null}
 * @param total            every filing of the query
 * @param groups           one per key that occurred, sorted by key
 * @param rejectionReasons the most frequent refusal reasons, most frequent first
 * @param missingRates     currencies and periods without a rate, e.g. {@code USD 2026-11}; their values are not in
 *                         the CNY totals
 */
public record Statistics(List<Dimension> by, Instant from, Instant to, Totals total, List<Group> groups,
                         List<ReasonCount> rejectionReasons, List<String> missingRates) {

    /** The lists are copied. */
    public Statistics {
        by = List.copyOf(by);
        groups = List.copyOf(groups);
        rejectionReasons = List.copyOf(rejectionReasons);
        missingRates = List.copyOf(missingRates);
    }
}
