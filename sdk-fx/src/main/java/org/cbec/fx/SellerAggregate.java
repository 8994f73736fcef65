package org.cbec.fx;

/**
 * One seller's declared exports and collected payments in one currency over the period.
 *
 * @param sellerCode  电商企业代码
 * @param declared    the released exports' value
 * @param collected   the payments received (CEB403 collection receipts and bank or FX records)
 * @param difference  {@code collected - declared}: negative when short
 * @param exports     how many declared exports
 * @param receipts    how many receipts
 * @param reported    {@link #difference} in the reporting currency, or {@code null} when no rate converts it
 */
public record SellerAggregate(String sellerCode, Money declared, Money collected, Money difference, int exports,
                              int receipts, Money reported) {

    /** Whether nothing is outstanding either way. */
    public boolean balanced() {
        return difference.isZero();
    }
}
