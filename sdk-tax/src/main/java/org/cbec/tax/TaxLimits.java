package org.cbec.tax;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The retail import limits and the preferential factor (财关税〔2018〕49号). Immutable.
 *
 * <pre>{@code
 * TaxLimits limits = TaxLimits.ofDefaults(); // 5,000.00 / 26,000.00 / 0.7
 * }</pre>
 *
 * @param singleTransaction  the most one parcel may be worth (inclusive), CNY
 * @param annual             the most a buyer may import in one calendar year (inclusive), CNY
 * @param preferentialFactor the share of the statutory consumption tax and VAT due within the limits
 */
public record TaxLimits(BigDecimal singleTransaction, BigDecimal annual, BigDecimal preferentialFactor) {

    private static final TaxLimits DEFAULTS =
            new TaxLimits(new BigDecimal("5000.00"), new BigDecimal("26000.00"), new BigDecimal("0.7"));

    public TaxLimits {
        singleTransaction = CnyAmounts.exactFen("singleTransaction", singleTransaction);
        annual = CnyAmounts.exactFen("annual", annual);
        Objects.requireNonNull(preferentialFactor, "preferentialFactor");
        if (preferentialFactor.signum() < 0 || preferentialFactor.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("preferentialFactor is in [0, 1]: " + preferentialFactor);
        }
    }

    /** 5,000.00 CNY per transaction, 26,000.00 CNY per year, 70 %. */
    public static TaxLimits ofDefaults() {
        return DEFAULTS;
    }
}
