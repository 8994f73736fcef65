package org.cbec.fx;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One incoming foreign-currency receipt of an exporting seller: a bank credit, or a collection receipt
 * (CEB403 收款单) which names its order. Read collection receipts from a CEB403 message with
 * {@link MessageFacts#receipts}, or make it with {@link #of}.
 *
 * <pre>{@code
 * ReceiptFacts r = ReceiptFacts.of("RCV-1", "3301960XYZ", "EXP-1", Money.of("100.00", CurrencyCode.USD),
 *         LocalDate.of(2026, 11, 20));
 * ReceiptFacts unnamed = ReceiptFacts.of("RCV-2", "3301960XYZ", null, Money.of("20.00", CurrencyCode.USD), date);
 * }</pre>
 *
 * @param receiptId the bank's or payment institution's reference, unique in a batch
 * @param sellerCode the seller credited (电商企业代码)
 * @param orderNo the order the payer named, or {@code null}
 * @param amount the amount credited and its currency, above zero
 * @param receivedOn the value date
 */
public record ReceiptFacts(String receiptId, String sellerCode, String orderNo, Money amount, LocalDate receivedOn) {

    /** Every part but {@code orderNo} is required; the amount is above zero. */
    public ReceiptFacts {
        Objects.requireNonNull(receiptId, "receiptId");
        Objects.requireNonNull(sellerCode, "sellerCode");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(receivedOn, "receivedOn");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("receipt " + receiptId + ": amount must be above zero, not " + amount);
        }
    }

    /** The facts. */
    public static ReceiptFacts of(String receiptId, String sellerCode, String orderNo, Money amount, LocalDate receivedOn) {
        return new ReceiptFacts(receiptId, sellerCode, orderNo, amount, receivedOn);
    }
}
