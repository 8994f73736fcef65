/**
 * The facts insights work on: one {@link org.cbec.insights.facts.FilingFact} per filed document, built from the SDK's
 * messages and receipts by {@link org.cbec.insights.facts.FilingFacts}, served by a
 * {@link org.cbec.insights.facts.FactSource} (in memory, or a store adapter). Personal data only as
 * {@link org.cbec.insights.facts.PartyKey}s.
 *
 * <pre>{@code
 * FactSource source = InMemoryFactSource.builder().filed(ceb621, submittedAt).receipt(ceb622).build();
 * }</pre>
 */
package org.cbec.insights.facts;
