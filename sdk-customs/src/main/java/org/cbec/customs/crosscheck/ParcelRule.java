package org.cbec.customs.crosscheck;

/**
 * The 四单 rules {@link ParcelCheck} (import) and {@link ExportParcelCheck} (export) apply, each with a stable code for logs and dashboards.
 *
 * <pre>{@code
 * findings.stream().filter(f -> f.rule() == ParcelRule.PAID_AMOUNT).findAny();
 * }</pre>
 */
public enum ParcelRule {
    /** The order number is the same in order, payment, waybill and inventory. */
    ORDER_NO("CEB-P001"),
    /** The platform code (ebpCode) is the same in order, payment and inventory. */
    PLATFORM_CODE("CEB-P002"),
    /** The seller code (ebcCode) is the same in order and inventory. */
    SELLER_CODE("CEB-P003"),
    /** The buyer's name is the payer's name and the inventory's buyer name. */
    BUYER_NAME("CEB-P004"),
    /** The buyer's ID number is the payer's and the inventory's. */
    BUYER_ID_NUMBER("CEB-P005"),
    /** The order's payment company and transaction id are the payment's. */
    PAYMENT_TRANSACTION("CEB-P006"),
    /** The waybill number and logistics company of waybill and inventory agree. */
    WAYBILL_NO("CEB-P007"),
    /** goodsValue + freight + taxTotal − discount of the order equals the payment's amountPaid, to the fen. */
    PAID_AMOUNT("CEB-P008"),
    /** Every message is in the same currency. */
    CURRENCY("CEB-P009"),
    /** Consignee name, telephone and address of order, waybill and inventory agree. */
    CONSIGNEE("CEB-P010"),
    /** Each order line has the inventory line of the same gnum, with the same item number, name, quantity, price and total. */
    GOODS_LINES("CEB-P011"),
    /** The transaction value (goodsValue + freight) is within the 5,000 CNY single-transaction limit of retail import. */
    TRANSACTION_LIMIT("CEB-P012"),
    /** Export: the order's type fits the inventory's trade mode (E ↔ 9610 / 1210, B ↔ 9710, W ↔ 9810). */
    ORDER_TYPE("CEB-P013"),
    /** Export: the collection receipt's amount (charge) is the order's goodsValue + freight, to the fen. */
    COLLECTED_AMOUNT("CEB-P014");

    private final String code;

    ParcelRule(String code) {
        this.code = code;
    }

    /** The stable code, e.g. {@code CEB-P008}. */
    public String code() {
        return code;
    }
}
