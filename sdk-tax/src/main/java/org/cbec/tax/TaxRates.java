package org.cbec.tax;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The statutory rates of one tax category: customs duty, import VAT and consumption tax. Rates are fractions
 * ({@code 0.13} for 13 %); a consumption tax may be ad valorem ({@link #consumptionRate}), specific
 * ({@link #consumptionPerUnit} CNY per {@link #consumptionUnit}) or both (复合计征, e.g. cigarettes and spirits).
 *
 * <pre>{@code
 * TaxRates cosmetics = TaxRates.of("cosmetics", new BigDecimal("0.01"), new BigDecimal("0.13"))
 *         .withAdValoremConsumptionTax(new BigDecimal("0.15"));
 * TaxRates beer = TaxRates.of("beer", BigDecimal.ZERO, new BigDecimal("0.13"))
 *         .withSpecificConsumptionTax(new BigDecimal("250"), "tonne");
 * }</pre>
 *
 * @param category           a short name of the tax category, shown in reports
 * @param dutyRate           the statutory (most-favoured-nation) customs duty rate, used only when a parcel is taxed
 *                           as general trade; within the retail limits the duty rate is 0
 * @param vatRate            the import VAT rate
 * @param consumptionRate    the ad-valorem consumption tax rate, 0 when none; below 1
 * @param consumptionPerUnit the specific consumption tax in CNY per {@code consumptionUnit}, 0 when none
 * @param consumptionUnit    the unit of {@code consumptionPerUnit} (e.g. {@code tonne}, {@code litre}); {@code null}
 *                           when there is no specific consumption tax
 */
public record TaxRates(String category, BigDecimal dutyRate, BigDecimal vatRate, BigDecimal consumptionRate,
                       BigDecimal consumptionPerUnit, String consumptionUnit) {

    public TaxRates {
        Objects.requireNonNull(category, "category");
        dutyRate = fraction("dutyRate", dutyRate, false);
        vatRate = fraction("vatRate", vatRate, false);
        consumptionRate = fraction("consumptionRate", consumptionRate, true);
        Objects.requireNonNull(consumptionPerUnit, "consumptionPerUnit");
        if (consumptionPerUnit.signum() < 0) {
            throw new IllegalArgumentException("consumptionPerUnit must not be negative: " + consumptionPerUnit);
        }
        if (consumptionPerUnit.signum() > 0 && (consumptionUnit == null || consumptionUnit.isBlank())) {
            throw new IllegalArgumentException("a specific consumption tax needs its unit");
        }
    }

    /** Rates without consumption tax. */
    public static TaxRates of(String category, BigDecimal dutyRate, BigDecimal vatRate) {
        return new TaxRates(category, dutyRate, vatRate, BigDecimal.ZERO, BigDecimal.ZERO, null);
    }

    /** A copy with an ad-valorem consumption tax at {@code rate}. */
    public TaxRates withAdValoremConsumptionTax(BigDecimal rate) {
        return new TaxRates(category, dutyRate, vatRate, rate, consumptionPerUnit, consumptionUnit);
    }

    /** A copy with a specific consumption tax of {@code perUnit} CNY per {@code unit}. */
    public TaxRates withSpecificConsumptionTax(BigDecimal perUnit, String unit) {
        return new TaxRates(category, dutyRate, vatRate, consumptionRate, perUnit, unit);
    }

    /** True when the category bears consumption tax of either kind. */
    public boolean hasConsumptionTax() {
        return consumptionRate.signum() > 0 || consumptionPerUnit.signum() > 0;
    }

    private static BigDecimal fraction(String name, BigDecimal v, boolean belowOne) {
        Objects.requireNonNull(v, name);
        if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0 || (belowOne && v.compareTo(BigDecimal.ONE) == 0)) {
            throw new IllegalArgumentException(name + " is a fraction in [0, 1" + (belowOne ? ")" : "]") + ", not " + v);
        }
        return v;
    }
}
