/**
 * Beyond filing: statistics, compliance scorecards and risk pre-checks over what was filed. Start at
 * {@link org.cbec.insights.CbecInsights}.
 *
 * <pre>{@code
 * Statistics s = CbecInsights.ofDefaults().statistics(source, FactQuery.all(), Dimension.TYPE);
 * }</pre>
 */
package org.cbec.insights;
