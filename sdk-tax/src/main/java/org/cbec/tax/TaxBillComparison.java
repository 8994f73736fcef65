package org.cbec.tax;

import java.math.BigDecimal;
import java.util.List;

/**
 * Customs' tax bill against the SDK's computation, line by line ({@code gnum} against {@code itemNo}) and in total.
 * Amounts compared: dutiable value ({@code taxPrice}), duty, VAT and consumption tax due. Customs' amounts are
 * rounded to the fen, half up, before comparing.
 *
 * @param taxNo       the tax bill number
 * @param invtNo      the inventory number
 * @param differences every difference above the tolerance; empty when they agree
 */
public record TaxBillComparison(String taxNo, String invtNo, List<Difference> differences) {

    public TaxBillComparison {
        differences = List.copyOf(differences);
    }

    /** True when there is no difference. */
    public boolean matches() {
        return differences.isEmpty();
    }

    /**
     * One difference.
     *
     * @param gnum     the line, or 0 for the bill's head (totals)
     * @param field    the CEB816 field name ({@code taxPrice}, {@code customsTax}, {@code valueAddedTax},
     *                 {@code consumptionTax}), or {@code line} when the line is on one side only
     * @param customs  customs' amount, or {@code null} when customs' bill has no such line
     * @param computed the SDK's amount, or {@code null} when the computation has no such line
     */
    public record Difference(int gnum, String field, BigDecimal customs, BigDecimal computed) {

        /** customs − computed, or {@code null} when one side is missing. */
        public BigDecimal delta() {
            return customs == null || computed == null ? null : customs.subtract(computed);
        }
    }
}
