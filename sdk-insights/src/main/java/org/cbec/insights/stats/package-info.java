/**
 * Statistics of what was filed ({@link org.cbec.insights.stats.Statistics}) and their text / JSON / CSV rendering
 * ({@link org.cbec.insights.stats.StatisticsWriter}).
 *
 * <pre>{@code
 * StatisticsWriter.json(insights.statistics(source, FactQuery.all(), Dimension.MONTH), out);
 * }</pre>
 */
package org.cbec.insights.stats;
