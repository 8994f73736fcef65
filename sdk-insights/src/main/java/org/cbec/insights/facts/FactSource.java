package org.cbec.insights.facts;

import java.util.stream.Stream;

/**
 * Where the facts of what was filed come from: the seam between insights (statistics, scorecards, risk) and whatever
 * holds the filings. {@link InMemoryFactSource} holds facts built from messages; a store adapter implements this over
 * the client's store.
 *
 * <p>The contract, checked by {@code FactSourceContract} in the sdk-insights test-jar:
 * <ul>
 *   <li>the stream holds exactly the facts {@link FactQuery#matches matching} the query, each once;</li>
 *   <li>in ascending {@link FilingFact#submittedAt()}, ties broken by {@link FilingFact#guid()} (the risk rules
 *       replay filings in the order they happened);</li>
 *   <li>it is read lazily, in bounded memory whatever the number of facts (a cursor or pages, never a whole table in
 *       a list), and the caller closes it (try-with-resources), which releases what it holds;</li>
 *   <li>it may be called again and from several threads; each call is a new stream.</li>
 * </ul>
 *
 * <pre>{@code
 * try (Stream<FilingFact> facts = source.facts(FactQuery.all().from(monthStart))) {
 *     facts.forEach(aggregator);
 * }
 * }</pre>
 */
@FunctionalInterface
public interface FactSource {

    /** The facts of {@code query}, in submission order; close the stream when done. */
    Stream<FilingFact> facts(FactQuery query);
}
