package org.cbec.tax;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Customs duty, consumption tax and import VAT in CNY, each in fen (scale 2): amounts given with more decimals (a
 * tax bill's {@code N19,5}) are rounded to the fen, half up.
 *
 * @param duty           customs duty (关税)
 * @param consumptionTax consumption tax (消费税)
 * @param vat            import VAT (增值税)
 */
public record TaxAmounts(BigDecimal duty, BigDecimal consumptionTax, BigDecimal vat) {

    /** No tax. */
    public static final TaxAmounts ZERO = new TaxAmounts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public TaxAmounts {
        duty = CnyAmounts.fen(Objects.requireNonNull(duty, "duty"));
        consumptionTax = CnyAmounts.fen(Objects.requireNonNull(consumptionTax, "consumptionTax"));
        vat = CnyAmounts.fen(Objects.requireNonNull(vat, "vat"));
    }

    /** Duty + consumption tax + VAT. */
    public BigDecimal total() {
        return duty.add(consumptionTax).add(vat);
    }

    /** The sum of both, tax by tax. */
    public TaxAmounts plus(TaxAmounts other) {
        return new TaxAmounts(duty.add(other.duty), consumptionTax.add(other.consumptionTax), vat.add(other.vat));
    }
}
