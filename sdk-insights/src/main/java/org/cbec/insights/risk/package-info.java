/**
 * Risk pre-checks with stable codes {@code RISK-01}… ({@link org.cbec.insights.risk.RiskRule}), before filing
 * ({@link org.cbec.insights.risk.RiskEngine}) and in batch ({@link org.cbec.insights.risk.RiskReport}).
 *
 * <pre>{@code
 * RiskReportWriter.text(insights.risk(source, FactQuery.all()), out);
 * }</pre>
 */
package org.cbec.insights.risk;
