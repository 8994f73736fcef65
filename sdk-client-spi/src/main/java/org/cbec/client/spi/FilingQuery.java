package org.cbec.client.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Which stored messages {@link MessageStore#filings} reads: those that entered the store in {@code [from, to)}, of the
 * given message types, after a position (the paging cursor), in ({@code createdAt}, {@code id}) order.
 *
 * <pre>{@code
 * FilingQuery q = FilingQuery.all().from(monthStart).to(monthEnd).types("CEB621Message");
 * List<StoredFiling> page = store.filingPage(q, 500);
 * List<StoredFiling> next = store.filingPage(q.after(page.get(page.size() - 1).message()), 500);
 * }</pre>
 *
 * @param from           the first {@code createdAt}, inclusive, or {@code null}
 * @param to             the end, exclusive, or {@code null}
 * @param messageTypes   message types as stored ({@code CEB621Message}); empty for every type
 * @param afterCreatedAt with {@code afterId}: only rows after this position ({@code createdAt}, {@code id}); both
 *                       {@code null} to start at the beginning
 * @param afterId        the id of the position
 */
public record FilingQuery(Instant from, Instant to, Set<String> messageTypes, Instant afterCreatedAt, String afterId) {

    public FilingQuery {
        messageTypes = messageTypes == null ? Set.of() : Set.copyOf(messageTypes);
        if ((afterCreatedAt == null) != (afterId == null)) {
            throw new IllegalArgumentException("a position has both a time and an id, or neither");
        }
    }

    /** Every stored message, from the beginning. */
    public static FilingQuery all() {
        return new FilingQuery(null, null, Set.of(), null, null);
    }

    /** This query from {@code instant} on (inclusive). */
    public FilingQuery from(Instant instant) {
        return new FilingQuery(instant, to, messageTypes, afterCreatedAt, afterId);
    }

    /** This query up to {@code instant} (exclusive). */
    public FilingQuery to(Instant instant) {
        return new FilingQuery(from, instant, messageTypes, afterCreatedAt, afterId);
    }

    /** This query for these stored message types only ({@code CEB621Message}, …). */
    public FilingQuery types(String... types) {
        return new FilingQuery(from, to, Set.of(types), afterCreatedAt, afterId);
    }

    /** This query for the rows after {@code last} in ({@code createdAt}, {@code id}) order: the next page. */
    public FilingQuery after(StoredMessage last) {
        Objects.requireNonNull(last, "last");
        return new FilingQuery(from, to, messageTypes, last.createdAt(), last.id());
    }

    /** Whether {@code m} is one this query asks for (the in-memory form of the SQL stores' condition). */
    public boolean matches(StoredMessage m) {
        Instant t = m.createdAt();
        return (from == null || !t.isBefore(from)) && (to == null || t.isBefore(to))
                && (messageTypes.isEmpty() || messageTypes.contains(m.messageType()))
                && (afterCreatedAt == null || t.isAfter(afterCreatedAt) || t.equals(afterCreatedAt) && m.id().compareTo(afterId) > 0);
    }
}
