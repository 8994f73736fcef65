/**
 * Compliance scorecards per enterprise ({@link org.cbec.insights.score.Scorecard}).
 *
 * <pre>{@code
 * ScorecardWriter.text(insights.scorecards(source, FactQuery.all()), out);
 * }</pre>
 */
package org.cbec.insights.score;
