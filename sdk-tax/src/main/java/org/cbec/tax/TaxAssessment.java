package org.cbec.tax;

import java.math.BigDecimal;
import java.util.List;

/**
 * The import tax of one parcel for one buyer: its limit status and, per line and in total, the statutory and the
 * due amounts. The totals are the sums of the lines. Amounts are CNY in fen (scale 2), each tax rounded half up.
 *
 * @param parcel            the parcel assessed
 * @param limitStatus       where it stands against the limits
 * @param yearToDateBefore  what the buyer had imported in the year before this parcel
 * @param lines             the tax of each goods line, in the parcel's order
 */
public record TaxAssessment(TaxableParcel parcel, LimitStatus limitStatus, BigDecimal yearToDateBefore,
                            List<LineTax> lines) {

    public TaxAssessment {
        lines = List.copyOf(lines);
    }

    /** Goods + freight + insurance of the parcel. */
    public BigDecimal dutiableValue() {
        return parcel.dutiableValue();
    }

    /** The full amounts, summed over the lines. */
    public TaxAmounts statutory() {
        return lines.stream().map(LineTax::statutory).reduce(TaxAmounts.ZERO, TaxAmounts::plus);
    }

    /** What is payable, summed over the lines. */
    public TaxAmounts due() {
        return lines.stream().map(LineTax::due).reduce(TaxAmounts.ZERO, TaxAmounts::plus);
    }

    /** The buyer's year-to-date after release: increased by the dutiable value when the parcel counts. */
    public BigDecimal yearToDateAfter() {
        return limitStatus.countsTowardsAnnualLimit() ? yearToDateBefore.add(dutiableValue()) : yearToDateBefore;
    }
}
