package org.cbec.tax;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of customs' electronic tax bill (CEB816 {@code TaxListRd}). Amounts in CNY as customs sent them
 * ({@code N19,5}).
 *
 * @param gnum           the goods line number, from 1
 * @param gcode          the 10-digit commodity code
 * @param taxPrice       the dutiable value (完税总价格)
 * @param customsTax     duty due (应征关税)
 * @param valueAddedTax  VAT due (应征增值税)
 * @param consumptionTax consumption tax due (应征消费税)
 */
public record TaxBillLine(int gnum, String gcode, BigDecimal taxPrice, BigDecimal customsTax, BigDecimal valueAddedTax,
                          BigDecimal consumptionTax) {

    public TaxBillLine {
        Objects.requireNonNull(gcode, "gcode");
        Objects.requireNonNull(taxPrice, "taxPrice");
        Objects.requireNonNull(customsTax, "customsTax");
        Objects.requireNonNull(valueAddedTax, "valueAddedTax");
        Objects.requireNonNull(consumptionTax, "consumptionTax");
    }

    /** The line's taxes as {@link TaxAmounts} (rounded to the fen). */
    public TaxAmounts amounts() {
        return new TaxAmounts(customsTax, consumptionTax, valueAddedTax);
    }
}
