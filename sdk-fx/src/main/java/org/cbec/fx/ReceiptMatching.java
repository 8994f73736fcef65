package org.cbec.fx;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of matching receipts to export orders: which part of which receipt pays which order, the orders
 * not (fully) paid and the receipt amounts left over. Every receipt amount is assigned at most once: for each
 * receipt, its allocations plus its unmatched remainder equal its amount.
 *
 * <pre>{@code
 * ReceiptMatching m = fx.matchReceipts(orders, receipts);
 * m.unpaidOrders().forEach(o -> log.info("{} still owes {}", o.orderNo(), o.outstanding()));
 * }</pre>
 *
 * @param allocations parts of receipts assigned to orders, in the order they were assigned
 * @param settledOrders orders paid in full or short by no more than the tolerance
 * @param unpaidOrders orders with more outstanding than the tolerance, partly paid or not at all
 * @param unmatchedReceipts receipt amounts no order took
 */
public record ReceiptMatching(List<Allocation> allocations, List<OrderBalance> settledOrders,
                              List<OrderBalance> unpaidOrders, List<UnmatchedReceipt> unmatchedReceipts) {

    /** The lists are copied. */
    public ReceiptMatching {
        allocations = List.copyOf(allocations);
        settledOrders = List.copyOf(settledOrders);
        unpaidOrders = List.copyOf(unpaidOrders);
        unmatchedReceipts = List.copyOf(unmatchedReceipts);
    }

    /**
     * A part of a receipt assigned to an order, in their common currency.
     *
     * @param receiptId the receipt
     * @param orderNo the order
     * @param amount the part assigned, above zero
     * @param namedByPayer whether the receipt named this order (else it was assigned oldest order first)
     */
    public record Allocation(String receiptId, String orderNo, Money amount, boolean namedByPayer) {
        /** Every part is required. */
        public Allocation {
            Objects.requireNonNull(receiptId, "receiptId");
            Objects.requireNonNull(orderNo, "orderNo");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /**
     * How much of an order was received.
     *
     * @param orderNo the order
     * @param sellerCode the seller
     * @param amount the amount due
     * @param received the sum of its allocations
     * @param outstanding {@code amount - received}
     */
    public record OrderBalance(String orderNo, String sellerCode, Money amount, Money received, Money outstanding) {
    }

    /**
     * A receipt amount no order took, with the reason.
     *
     * @param receiptId the receipt
     * @param sellerCode the seller credited
     * @param remaining the amount left
     * @param reason why, e.g. no open order of that seller in that currency
     */
    public record UnmatchedReceipt(String receiptId, String sellerCode, Money remaining, String reason) {
    }
}
