package org.cbec.insights.facts;

import java.time.Instant;
import java.util.Set;

/**
 * Which facts a {@link FactSource} streams: those submitted in {@code [from, to)} of the given message types.
 *
 * <pre>{@code
 * FactQuery q = FactQuery.all().from(Instant.parse("2026-11-01T00:00:00+08:00")).types("CEB621", "CEB311");
 * }</pre>
 *
 * @param from  the first instant, inclusive, or {@code null} for no lower bound
 * @param to    the end, exclusive, or {@code null} for no upper bound
 * @param types message types such as {@code CEB621}; empty for every type
 */
public record FactQuery(Instant from, Instant to, Set<String> types) {

    /** The types are copied. */
    public FactQuery {
        types = types == null ? Set.of() : Set.copyOf(types);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from " + from + " is not before to " + to);
        }
    }

    /** Every fact. */
    public static FactQuery all() {
        return new FactQuery(null, null, Set.of());
    }

    /** This query from {@code instant} on (inclusive). */
    public FactQuery from(Instant instant) {
        return new FactQuery(instant, to, types);
    }

    /** This query up to {@code instant} (exclusive). */
    public FactQuery to(Instant instant) {
        return new FactQuery(from, instant, types);
    }

    /** This query for these message types only. */
    public FactQuery types(String... messageTypes) {
        return new FactQuery(from, to, Set.of(messageTypes));
    }

    /** Whether {@code fact} is one the query asks for. */
    public boolean matches(FilingFact fact) {
        Instant t = fact.submittedAt();
        return (from == null || !t.isBefore(from)) && (to == null || t.isBefore(to))
                && (types.isEmpty() || types.contains(fact.messageType()));
    }
}
