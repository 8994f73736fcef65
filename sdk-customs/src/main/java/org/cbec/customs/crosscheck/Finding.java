package org.cbec.customs.crosscheck;

/**
 * One disagreement between two messages of a parcel: the rule, both fields and both values (personal values
 * masked).
 *
 * <pre>{@code
 * Finding f = ParcelCheck.of(order, payment, null, null).findings().get(0);
 * f.rule();            // Rule.PAID_AMOUNT
 * f.left().path();     // "OrderHead.goodsValue+freight+taxTotal-discount"
 * f.right().value();   // "179.71"
 * }</pre>
 *
 * @param rule    the rule that failed, with its stable code
 * @param left    the field on the first side (usually the order)
 * @param right   the field it must agree with
 * @param message what customs would find, in words
 */
public record Finding(ParcelRule rule, Side left, Side right, String message) {

    /**
     * One side of a finding.
     *
     * @param messageType e.g. {@code CEB311}
     * @param path        the field within the business node, e.g. {@code OrderHead.orderNo}
     * @param value       its value as it may be shown (masked when personal)
     */
    public record Side(String messageType, String path, String value) {
        @Override
        public String toString() {
            return messageType + " " + path + " '" + value + "'";
        }
    }

    @Override
    public String toString() {
        return rule.code() + " " + rule + ": " + left + " vs " + right + ": " + message;
    }
}
