package org.cbec.tax;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.cbec.core.model.CustomsTime;
import org.cbec.core.validation.Sensitivity;
import org.cbec.tax.internal.ExportRules;
import org.cbec.tax.internal.ImportTaxCalculator;
import org.cbec.tax.internal.TaxBillChecks;
import org.cbec.tax.spi.AnnualQuotaLedger;
import org.cbec.tax.spi.BookingResult;
import org.cbec.tax.spi.QuotaBooking;
import org.cbec.tax.spi.TaxRateTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point of sdk-tax: cross-border retail import tax (跨境电商零售进口综合税, 9610 / 1210, 财关税〔2018〕49号),
 * the buyers' annual limits, customs' tax bills, payment calendar and guarantee exposure, and the export rules of the
 * pilot zones. Immutable and thread-safe.
 *
 * <h2>Import tax</h2>
 * Dutiable value = goods + freight + insurance; freight and insurance are given per parcel and allocated to the
 * lines in proportion to their value: each share but the last rounded down to the fen, the last line takes the
 * remainder, so the lines add up to the parcel. Per line:
 * <ul>
 *   <li>duty = dutiable value × duty rate (0 within the limits);</li>
 *   <li>consumption tax = (dutiable value + duty + quantity × specific rate) / (1 − ad-valorem rate) × ad-valorem
 *       rate + quantity × specific rate;</li>
 *   <li>VAT = (dutiable value + duty + consumption tax) × VAT rate, the consumption tax being the full statutory
 *       amount (rounded to the fen) even within the limits.</li>
 * </ul>
 * Within the limits (5,000 CNY per parcel, 26,000 CNY per buyer and calendar year, both inclusive) the duty is 0 and
 * the consumption tax and VAT due are 70 % of the statutory amounts. Every amount is rounded to the fen (scale 2)
 * with {@link java.math.RoundingMode#HALF_UP}: each statutory tax is rounded before it enters the base of the next
 * (duty into consumption tax, consumption tax into VAT), as on customs' bill; a due amount within the limits is 70 %
 * of the unrounded statutory figure, rounded, so it is within one fen of 70 % of the rounded statutory amount.
 * Totals are sums of the rounded line amounts. See {@link LimitStatus} for what happens beyond the limits.
 *
 * <pre>{@code
 * CbecTax tax = CbecTax.builder()
 *         .rateTable(TaxRateTables.fromCsv(Path.of("rates.csv")))
 *         .ledger(AnnualQuotaLedgers.jdbc(dataSource))
 *         .build();
 * TaxAssessment a = tax.estimate(parcel);           // year-to-date from the ledger
 * a.limitStatus();                                  // WITHIN_LIMITS
 * a.due().total();                                  // what the buyer pays, e.g. 95.55
 * tax.recordRelease(invtNo, a, releasedAt);         // counts it in the buyer's year
 * tax.recordReturn(invtNo);                         // a return restores the quota
 * }</pre>
 *
 * <p>Buyer ID numbers are never logged or shown in clear ({@link Sensitivity#ID_NUMBER}).
 */
public final class CbecTax {

    private static final Logger LOG = LoggerFactory.getLogger(CbecTax.class);

    private final TaxRateTable rateTable;
    private final AnnualQuotaLedger ledger;
    private final Clock clock;
    private final TaxLimits limits;
    private final BigDecimal billTolerance;
    private final BigDecimal guaranteeWarningThreshold;
    private final Set<String> excludedExportHsPrefixes;

    private CbecTax(Builder b) {
        this.rateTable = Objects.requireNonNull(b.rateTable, "rateTable: choose a TaxRateTable (TaxRateTables.sample() "
                + "holds sample rates only)");
        this.ledger = b.ledger != null ? b.ledger : AnnualQuotaLedgers.inMemory();
        this.clock = b.clock;
        this.limits = b.limits;
        this.billTolerance = b.billTolerance;
        this.guaranteeWarningThreshold = b.guaranteeWarningThreshold;
        this.excludedExportHsPrefixes = Set.copyOf(b.excludedExportHsPrefixes);
    }

    /** A builder; a rate table is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this instance's settings, to derive a variant (e.g. another clock) sharing the ledger. */
    public Builder newBuilder() {
        return new Builder().rateTable(rateTable).ledger(ledger).clock(clock).limits(limits).billTolerance(billTolerance)
                .guaranteeWarningThreshold(guaranteeWarningThreshold).excludedExportHsPrefixes(excludedExportHsPrefixes);
    }

    /** The rate table. */
    public TaxRateTable rateTable() {
        return rateTable;
    }

    /** The annual quota ledger. */
    public AnnualQuotaLedger ledger() {
        return ledger;
    }

    /** The limits. */
    public TaxLimits limits() {
        return limits;
    }

    /** Today in China ({@link CustomsTime#ZONE}) by the configured clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(CustomsTime.ZONE));
    }

    /** The buyer's counted total for the current calendar year (China time), from the ledger. */
    public BigDecimal yearToDate(String buyerIdNumber) {
        return ledger.yearToDate(buyerIdNumber, Year.from(today()));
    }

    /** The tax of {@code parcel}, with the buyer's year-to-date read from the ledger. */
    public TaxAssessment estimate(TaxableParcel parcel) {
        return estimate(parcel, yearToDate(parcel.buyerIdNumber()));
    }

    /**
     * The tax of {@code parcel} for a buyer who has imported {@code yearToDate} this calendar year.
     *
     * @throws org.cbec.core.error.CebException {@code TAX_RATE_UNKNOWN} when a line's rates are not in the table
     */
    public TaxAssessment estimate(TaxableParcel parcel, BigDecimal yearToDate) {
        return ImportTaxCalculator.assess(parcel, yearToDate, limits, rateTable::ratesFor);
    }

    /**
     * Counts a released inventory in its buyer's year (the year of {@code releasedAt} in China). The ledger checks
     * the annual limit again, atomically, so a booking made since the estimate is taken into account.
     *
     * @throws IllegalArgumentException when the assessment is {@link LimitStatus#OVER_SINGLE_LIMIT}: such a parcel is
     *                                  not a retail import and is never counted
     */
    public BookingResult recordRelease(String invtNo, TaxAssessment assessment, Instant releasedAt) {
        if (assessment.limitStatus() == LimitStatus.OVER_SINGLE_LIMIT) {
            throw new IllegalArgumentException("inventory " + invtNo + " is over the single-transaction limit and not "
                    + "a retail import");
        }
        String buyer = assessment.parcel().buyerIdNumber();
        Year year = Year.from(CustomsTime.of(releasedAt));
        BookingResult r = ledger.book(new QuotaBooking(invtNo, buyer, year, assessment.dutiableValue()), limits.annual());
        LOG.debug("inventory {} for buyer {} in {}: {} (year-to-date {})", invtNo, Sensitivity.ID_NUMBER.mask(buyer),
                year, r.outcome(), r.yearToDate());
        return r;
    }

    /** Restores the quota an inventory had used after a return or cancellation; false when there was none. */
    public boolean recordReturn(String invtNo) {
        return ledger.restore(invtNo);
    }

    /**
     * A new follower of imports through the tax, fed with the filed inventories and the messages customs sends: releases
     * book the quota, concluded returns restore it, tax bills and their status reach the payment calendar. See
     * {@link TaxLifecycle}.
     */
    public TaxLifecycle lifecycle() {
        return new TaxLifecycle(this, clock);
    }

    /** Customs' tax bill against the SDK's assessment, line by line; amounts within the tolerance agree. */
    public TaxBillComparison compare(CustomsTaxBill bill, TaxAssessment computed) {
        return TaxBillChecks.compare(bill, computed, billTolerance);
    }

    /** When the unpaid tax of {@code bills} must be paid: see {@link PaymentCalendar}. */
    public PaymentCalendar paymentCalendar(List<ReleasedTaxBill> bills) {
        return PaymentCalendar.of(bills);
    }

    /**
     * The unpaid tax per guarantee ({@code assureCode}) against its amount, with a warning at the configured
     * threshold. Every code of {@code guarantees} is reported, plus any code of an unpaid bill (with amount 0).
     */
    public List<GuaranteeExposure> guaranteeExposure(Collection<ReleasedTaxBill> bills,
                                                     Map<String, BigDecimal> guarantees) {
        return TaxBillChecks.exposure(bills, guarantees, guaranteeWarningThreshold);
    }

    /**
     * Whether a retail export qualifies for 无票免税 (财税〔2018〕103号): the exporter is registered in the pilot zone;
     * the export date, goods name, unit, quantity, unit price and amount are recorded on the zone's online platform;
     * it was declared at the zone's customs (9610); the goods are not among those whose export exemption was
     * cancelled (the configured excluded HS prefixes).
     */
    public ExportEligibility exportEligibility(ExportSale sale) {
        return ExportRules.eligibility(sale, excludedExportHsPrefixes);
    }

    /** Deemed-profit income tax (国家税务总局公告2019年第36号): revenue × 4 % × {@code incomeTaxRate}, in fen. */
    public DeemedIncomeTax deemedIncomeTax(BigDecimal revenue, BigDecimal incomeTaxRate) {
        return ExportRules.deemedIncomeTax(revenue, incomeTaxRate);
    }

    /**
     * The export sales dated from {@code from} to {@code to} (inclusive; sales without a date are left out), their
     * eligibility, totals, and the deemed-profit income tax on the eligible revenue at {@code incomeTaxRate}.
     */
    public ExportSalesReport exportSalesReport(LocalDate from, LocalDate to, Collection<ExportSale> sales,
                                               BigDecimal incomeTaxRate) {
        return ExportRules.report(from, to, sales, excludedExportHsPrefixes, incomeTaxRate);
    }

    @Override
    public String toString() {
        return "CbecTax[rateTable=" + rateTable + ", ledger=" + ledger + ", limits=" + limits + "]";
    }

    /** Builds a {@link CbecTax}. */
    public static final class Builder {
        private TaxRateTable rateTable;
        private AnnualQuotaLedger ledger;
        private Clock clock = Clock.systemUTC();
        private TaxLimits limits = TaxLimits.ofDefaults();
        private BigDecimal billTolerance = CnyAmounts.fen(BigDecimal.ZERO);
        private BigDecimal guaranteeWarningThreshold = new BigDecimal("0.8");
        private Set<String> excludedExportHsPrefixes = Set.of();

        private Builder() {
        }

        /** The rates (required). */
        public Builder rateTable(TaxRateTable rateTable) {
            this.rateTable = Objects.requireNonNull(rateTable, "rateTable");
            return this;
        }

        /** The annual quota ledger; default {@link AnnualQuotaLedgers#inMemory()}. */
        public Builder ledger(AnnualQuotaLedger ledger) {
            this.ledger = Objects.requireNonNull(ledger, "ledger");
            return this;
        }

        /** The clock for "today" and the current year; default the system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The limits; default {@link TaxLimits#ofDefaults()}. */
        public Builder limits(TaxLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** The largest difference per amount that still counts as agreement with a tax bill; default 0.00. */
        public Builder billTolerance(BigDecimal billTolerance) {
            this.billTolerance = CnyAmounts.exactFen("billTolerance", billTolerance);
            return this;
        }

        /** The share of a guarantee at which unpaid tax raises a warning; default 0.8. */
        public Builder guaranteeWarningThreshold(BigDecimal threshold) {
            Objects.requireNonNull(threshold, "threshold");
            if (threshold.signum() <= 0) {
                throw new IllegalArgumentException("the warning threshold must be positive: " + threshold);
            }
            this.guaranteeWarningThreshold = threshold;
            return this;
        }

        /** HS code prefixes of goods whose export exemption was cancelled; default none. */
        public Builder excludedExportHsPrefixes(Set<String> prefixes) {
            this.excludedExportHsPrefixes = Set.copyOf(prefixes);
            return this;
        }

        public CbecTax build() {
            return new CbecTax(this);
        }
    }
}
