package org.cbec.fx;

import java.util.List;

/**
 * The three flows of a batch of sales: orders (information), payments (funds) and shipments (goods), matched
 * by order number.
 *
 * <pre>{@code
 * TradeBatch batch = TradeBatch.of(orders, payments, shipments);
 * ReconciliationReport report = fx.reconcile(batch);
 * }</pre>
 *
 * @param orders the orders
 * @param payments the payments
 * @param shipments the waybills or inventories
 */
public record TradeBatch(List<OrderFacts> orders, List<PaymentFacts> payments, List<ShipmentFacts> shipments) {

    /** The lists are copied; none may be {@code null} or hold {@code null}. */
    public TradeBatch {
        orders = List.copyOf(orders);
        payments = List.copyOf(payments);
        shipments = List.copyOf(shipments);
    }

    /** A batch of the three lists. */
    public static TradeBatch of(List<OrderFacts> orders, List<PaymentFacts> payments, List<ShipmentFacts> shipments) {
        return new TradeBatch(orders, payments, shipments);
    }
}
