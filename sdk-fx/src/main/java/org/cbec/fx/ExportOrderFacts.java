package org.cbec.fx;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What receipt matching needs from an export order (CEB303 出口电子订单) or export inventory (CEB603): whose
 * order it is, how much is due and since when. Read it from a CEB303 message with
 * {@link MessageFacts#exportOrders}, or make it with {@link #of}.
 *
 * <pre>{@code
 * ExportOrderFacts order = ExportOrderFacts.of("EXP-1", "3301960XYZ", Money.of("120.00", CurrencyCode.USD),
 *         LocalDate.of(2026, 11, 2));
 * }</pre>
 *
 * @param orderNo 订单编号
 * @param sellerCode 电商企业代码: the seller who receives the foreign currency
 * @param amount the amount due and its currency
 * @param orderDate when the order was placed; older orders are paid first
 */
public record ExportOrderFacts(String orderNo, String sellerCode, Money amount, LocalDate orderDate) {

    /** Every part is required; the amount is above zero. */
    public ExportOrderFacts {
        Objects.requireNonNull(orderNo, "orderNo");
        Objects.requireNonNull(sellerCode, "sellerCode");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(orderDate, "orderDate");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("export order " + orderNo + ": amount must be above zero, not " + amount);
        }
    }

    /** The facts. */
    public static ExportOrderFacts of(String orderNo, String sellerCode, Money amount, LocalDate orderDate) {
        return new ExportOrderFacts(orderNo, sellerCode, amount, orderDate);
    }
}
