/**
 * The cross-border retail import list (正面清单) and the check of inventory lines against it: start at
 * {@link org.cbec.customs.goods.GoodsList}.
 *
 * <pre>{@code
 * List<Violation> findings = GoodsList.fromCsv(Path.of("positive-list.csv")).check(ceb621);
 * }</pre>
 */
package org.cbec.customs.goods;
