package org.cbec.fx;

/**
 * Why the three flows of a sale (information: order, funds: payment, goods: waybill or inventory) disagree.
 * The codes are stable: they may be stored, counted and matched on.
 *
 * <pre>{@code
 * report.discrepancies().stream().filter(d -> d.code() == DiscrepancyCode.AMOUNT_MISMATCH).count();
 * DiscrepancyCode.AMOUNT_MISMATCH.code(); // "FX-R04"
 * }</pre>
 */
public enum DiscrepancyCode {
    /** An order has no payment. */
    PAYMENT_MISSING("FX-R01", "the order has no payment"),
    /** An order has no waybill or inventory. */
    SHIPMENT_MISSING("FX-R02", "the order has no waybill or inventory"),
    /** A payment or shipment names an order the batch does not hold. */
    ORDER_MISSING("FX-R03", "a payment or shipment names an order not in the batch"),
    /** The amount paid, converted to the order's currency, differs from the order's amount beyond the tolerance. */
    AMOUNT_MISMATCH("FX-R04", "the amount paid differs from the order's amount beyond the tolerance"),
    /** The order's payment transaction id differs from the payment's. */
    TRANSACTION_MISMATCH("FX-R05", "the payment transaction id differs from the order's"),
    /** The payment institution of the order differs from the payment's. */
    PAYMENT_INSTITUTION_MISMATCH("FX-R06", "the payment institution differs from the order's"),
    /** The payer (name or identity number) differs from the order's buyer. */
    PAYER_MISMATCH("FX-R07", "the payer is not the order's buyer"),
    /** The payee differs from the order's e-commerce platform. */
    PAYEE_MISMATCH("FX-R08", "the payee is not the order's platform"),
    /** The shipment's consignee differs from the order's. */
    CONSIGNEE_MISMATCH("FX-R09", "the consignee of the shipment differs from the order's"),
    /** A waybill or inventory exists but the goods have not left. */
    GOODS_NOT_SHIPPED("FX-R10", "the goods have not been shipped"),
    /** More than one order, payment or shipment with one order number. */
    DUPLICATE("FX-R11", "more than one order, payment or shipment for one order number"),
    /** The amounts are in different currencies and no rate converts them. */
    RATE_MISSING("FX-R12", "no exchange rate to compare the amounts");

    private final String code;
    private final String description;

    DiscrepancyCode(String code, String description) {
        this.code = code;
        this.description = description;
    }

    /** The stable code, {@code FX-R01} to {@code FX-R12}. */
    public String code() {
        return code;
    }

    /** What the code means. */
    public String description() {
        return description;
    }
}
