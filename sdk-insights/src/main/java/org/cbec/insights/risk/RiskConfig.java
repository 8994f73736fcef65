package org.cbec.insights.risk;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.cbec.tax.TaxLimits;

/**
 * Thresholds of the risk rules. Immutable; {@link #defaults()} are a starting point, not customs' own thresholds
 * (which are not published): tune them to what your platform sees.
 *
 * <pre>{@code
 * RiskConfig config = RiskConfig.builder().window(Duration.ofHours(48)).sharedContactBuyers(5)
 *         .blocking(RiskRule.ANNUAL_LIMIT).build();
 * }</pre>
 *
 * @param basisType           the message type the rules look at: {@code CEB621} (the inventory, what customs counts)
 *                            by default, {@code CEB311} for a platform that files only orders
 * @param window              how close in time orders of one buyer count as one purchase (拆单); default 24 hours
 * @param splitMinOrders      how many such orders make a split; default 2
 * @param similarHsDigits     how many leading HS digits make goods "similar"; default 6 (lines without an HS code
 *                            compare by item number, else by name)
 * @param limits              the single and annual limits; default {@link TaxLimits#ofDefaults()} (5,000 / 26,000 CNY)
 * @param annualWarnShare     the share of the annual limit from which a buyer is "nearing" it; default 0.9
 * @param sharedContactBuyers how many different buyers on one telephone or address make an alert; default 3
 * @param priceMinHistory     how many earlier prices an item needs before its price is judged; default 5
 * @param priceLowShare       a price below this share of the item's median is an alert; default 0.5
 * @param priceHighShare      a price above this multiple of the median is an alert; default 2
 * @param priceHistorySize    how many recent prices per item are kept; default 50
 * @param blocking            the rules whose alerts are errors (block the filing); default none
 */
public record RiskConfig(String basisType, Duration window, int splitMinOrders, int similarHsDigits, TaxLimits limits,
                         BigDecimal annualWarnShare, int sharedContactBuyers, int priceMinHistory,
                         BigDecimal priceLowShare, BigDecimal priceHighShare, int priceHistorySize,
                         Set<RiskRule> blocking) {

    /** Checks the ranges; the set is copied. */
    public RiskConfig {
        Objects.requireNonNull(basisType, "basisType");
        Objects.requireNonNull(limits, "limits");
        if (window.isNegative() || window.isZero() || splitMinOrders < 2 || similarHsDigits < 2 || similarHsDigits > 10
                || sharedContactBuyers < 2 || priceMinHistory < 1 || priceHistorySize < priceMinHistory
                || annualWarnShare.signum() <= 0 || annualWarnShare.compareTo(BigDecimal.ONE) > 0
                || priceLowShare.signum() <= 0 || priceLowShare.compareTo(BigDecimal.ONE) >= 0
                || priceHighShare.compareTo(BigDecimal.ONE) <= 0) {
            throw new IllegalArgumentException("risk thresholds out of range: " + window + ", " + splitMinOrders + ", "
                    + similarHsDigits + ", " + annualWarnShare + ", " + sharedContactBuyers + ", " + priceMinHistory + ", "
                    + priceLowShare + ", " + priceHighShare + ", " + priceHistorySize);
        }
        blocking = blocking.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(blocking));
    }

    /** The defaults described above. */
    public static RiskConfig defaults() {
        return builder().build();
    }

    /** A builder with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link RiskConfig}. */
    public static final class Builder {
        private String basisType = "CEB621";
        private Duration window = Duration.ofHours(24);
        private int splitMinOrders = 2;
        private int similarHsDigits = 6;
        private TaxLimits limits = TaxLimits.ofDefaults();
        private BigDecimal annualWarnShare = new BigDecimal("0.9");
        private int sharedContactBuyers = 3;
        private int priceMinHistory = 5;
        private BigDecimal priceLowShare = new BigDecimal("0.5");
        private BigDecimal priceHighShare = new BigDecimal("2");
        private int priceHistorySize = 50;
        private Set<RiskRule> blocking = Set.of();

        private Builder() {
        }

        /** Sets the message type the rules look at. */
        public Builder basisType(String v) { basisType = v; return this; }
        /** Sets the split-order window. */
        public Builder window(Duration v) { window = v; return this; }
        /** Sets how many orders make a split. */
        public Builder splitMinOrders(int v) { splitMinOrders = v; return this; }
        /** Sets how many HS digits make goods similar. */
        public Builder similarHsDigits(int v) { similarHsDigits = v; return this; }
        /** Sets the limits. */
        public Builder limits(TaxLimits v) { limits = v; return this; }
        /** Sets the share of the annual limit that is "nearing". */
        public Builder annualWarnShare(BigDecimal v) { annualWarnShare = v; return this; }
        /** Sets how many buyers on one contact make an alert. */
        public Builder sharedContactBuyers(int v) { sharedContactBuyers = v; return this; }
        /** Sets how many earlier prices an item needs. */
        public Builder priceMinHistory(int v) { priceMinHistory = v; return this; }
        /** Sets the low share of the median price. */
        public Builder priceLowShare(BigDecimal v) { priceLowShare = v; return this; }
        /** Sets the high multiple of the median price. */
        public Builder priceHighShare(BigDecimal v) { priceHighShare = v; return this; }
        /** Sets how many prices per item are kept. */
        public Builder priceHistorySize(int v) { priceHistorySize = v; return this; }
        /** Sets the rules that block. */
        public Builder blocking(RiskRule... v) { blocking = Set.of(v); return this; }

        /** The configuration. */
        public RiskConfig build() {
            return new RiskConfig(basisType, window, splitMinOrders, similarHsDigits, limits, annualWarnShare,
                    sharedContactBuyers, priceMinHistory, priceLowShare, priceHighShare, priceHistorySize, blocking);
        }
    }
}
