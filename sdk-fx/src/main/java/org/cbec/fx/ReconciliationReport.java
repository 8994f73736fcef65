package org.cbec.fx;

import java.util.List;
import java.util.Set;

/**
 * The outcome of a 三流合一 check of one batch: every discrepancy, and the orders whose three flows agree.
 *
 * <pre>{@code
 * ReconciliationReport report = fx.reconcile(batch);
 * if (!report.isClean()) report.discrepancies().forEach(d -> log.warn("{}", d));
 * }</pre>
 *
 * @param discrepancies every disagreement found, in order number order
 * @param agreedOrders order numbers whose order, payment and shipment agree
 */
public record ReconciliationReport(List<Discrepancy> discrepancies, Set<String> agreedOrders) {

    /** The collections are copied. */
    public ReconciliationReport {
        discrepancies = List.copyOf(discrepancies);
        agreedOrders = Set.copyOf(agreedOrders);
    }

    /** Whether nothing disagrees. */
    public boolean isClean() {
        return discrepancies.isEmpty();
    }

    /** The discrepancies of one order. */
    public List<Discrepancy> discrepanciesOf(String orderNo) {
        return discrepancies.stream().filter(d -> d.orderNo().equals(orderNo)).toList();
    }
}
