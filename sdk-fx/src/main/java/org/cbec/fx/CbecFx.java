package org.cbec.fx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.cbec.customs.codes.CurrencyCode;
import org.cbec.fx.internal.DefaultCbecFx;
import org.cbec.fx.spi.RateSource;

/**
 * The entry point of sdk-fx: currency conversion, FX transaction records, 三流合一 reconciliation, export receipt
 * matching and the individuals' annual quota. Immutable and thread-safe; an interface so it can be replaced in
 * tests.
 *
 * <p><b>Conversion.</b> Rates are CNY per unit of a currency; any other pair is crossed through CNY. The result
 * is {@code amount × rate(from) ÷ rate(to)}, computed with 34 significant digits
 * ({@link java.math.MathContext#DECIMAL128}) and rounded once, to the target currency's ISO 4217 minor units,
 * with the configured {@link RoundingMode} (default {@link RoundingMode#HALF_UP}). A missing rate is a
 * {@link MissingRateException} naming the rate type, currency and date.
 *
 * <pre>{@code
 * CbecFx fx = CbecFx.builder()
 *         .rateSource(RateSources.csv(Path.of("rates.csv")))
 *         .paymentTolerance(Tolerance.minorUnits(1))
 *         .build();
 * Money cny = fx.convert(Money.of("100.00", CurrencyCode.USD), CurrencyCode.CNY, LocalDate.of(2026, 11, 23));
 * Money taxBase = fx.convert(Money.of("100.00", CurrencyCode.USD), CurrencyCode.CNY, date, RateType.CUSTOMS_MONTHLY);
 * ReconciliationReport report = fx.reconcile(TradeBatch.of(orders, payments, waybills));
 * List<FxTransactionRecord> records = fx.transactionRecords(TradeBatch.of(orders, payments, waybills));
 * }</pre>
 */
public interface CbecFx {

    /** A new builder; {@link Builder#rateSource} is required. */
    static Builder builder() {
        return new Builder();
    }

    /** The defaults over {@code rates}. */
    static CbecFx of(RateSource rates) {
        return builder().rateSource(rates).build();
    }

    /** A builder holding this instance's settings, to derive a variant. */
    Builder newBuilder();

    /** The rate source. */
    RateSource rateSource();

    /**
     * {@code amount} in {@code to} at the rates of {@code type} for {@code date}, rounded as described above.
     *
     * @throws MissingRateException when a rate of either currency is missing for that date
     */
    Money convert(Money amount, CurrencyCode to, LocalDate date, RateType type);

    /** {@link #convert(Money, CurrencyCode, LocalDate, RateType)} at the daily central parity rate. */
    default Money convert(Money amount, CurrencyCode to, LocalDate date) {
        return convert(amount, to, date, RateType.CENTRAL_PARITY_DAILY);
    }

    /**
     * Units of {@code to} per unit of {@code from} (crossed through CNY), unrounded at 34 significant digits.
     *
     * @throws MissingRateException when a rate is missing
     */
    BigDecimal crossRate(CurrencyCode from, CurrencyCode to, LocalDate date, RateType type);

    /**
     * One record per payment whose order and shipment are in the batch, in payment order. Payments without them
     * get no record; {@link #reconcile} reports them.
     */
    List<FxTransactionRecord> transactionRecords(TradeBatch batch);

    /**
     * Checks that information, funds and goods agree for every order number of the batch: one order, one
     * payment and one shipment; same payment transaction, institution, payer (the buyer) and payee (the
     * platform); the amount paid, converted to the order's currency at the reconciliation rate of the payment
     * date, within the payment tolerance (for a payment in another currency, plus the rounding a conversion
     * cannot avoid: half a minor unit of the payment's currency, converted, and half a minor unit of the
     * order's); same consignee; goods shipped. Every disagreement is a
     * {@link Discrepancy} with a {@link DiscrepancyCode}.
     */
    ReconciliationReport reconcile(TradeBatch batch);

    /**
     * Matches receipts to export orders of the same seller and currency. A receipt first pays the order it
     * names, then the seller's oldest open orders; one receipt may pay several orders and one order may be paid
     * by several receipts. An order is settled when what is outstanding is within the receipt tolerance. No
     * receipt amount is assigned twice; what is left is reported as unmatched.
     *
     * @throws IllegalArgumentException on a repeated order number or receipt id
     */
    ReceiptMatching matchReceipts(List<ExportOrderFacts> orders, List<ReceiptFacts> receipts);

    /** A new, empty quota tracker with the configured annual limit, knowing these registrations. */
    PersonalQuotaTracker newQuotaTracker(Collection<TradeFxRegistration> registrations);

    /** Settings of a {@link CbecFx}. */
    final class Builder {
        private RateSource rateSource;
        private RoundingMode roundingMode = RoundingMode.HALF_UP;
        private Tolerance paymentTolerance = Tolerance.minorUnits(1);
        private Tolerance receiptTolerance = Tolerance.none();
        private RateType reconciliationRateType = RateType.CENTRAL_PARITY_DAILY;
        private Money annualQuota = Money.of("50000.00", CurrencyCode.USD);

        Builder() {
        }

        /** Where rates come from (required). */
        public Builder rateSource(RateSource value) {
            rateSource = Objects.requireNonNull(value, "rateSource");
            return this;
        }

        /** How conversions round to the target's minor units; default {@link RoundingMode#HALF_UP}. */
        public Builder roundingMode(RoundingMode value) {
            if (Objects.requireNonNull(value, "roundingMode") == RoundingMode.UNNECESSARY) {
                throw new IllegalArgumentException("conversions need a rounding mode that rounds");
            }
            roundingMode = value;
            return this;
        }

        /** How far a payment may differ from its order after conversion; default one minor unit. */
        public Builder paymentTolerance(Tolerance value) {
            paymentTolerance = Objects.requireNonNull(value, "paymentTolerance");
            return this;
        }

        /** How short of its amount an export order may be and count as paid; default none. */
        public Builder receiptTolerance(Tolerance value) {
            receiptTolerance = Objects.requireNonNull(value, "receiptTolerance");
            return this;
        }

        /** Which rates reconciliation converts with; default the daily central parity. */
        public Builder reconciliationRateType(RateType value) {
            reconciliationRateType = Objects.requireNonNull(value, "reconciliationRateType");
            return this;
        }

        /** The individuals' annual convenience quota; default 50,000.00 USD. */
        public Builder annualQuota(Money value) {
            annualQuota = Objects.requireNonNull(value, "annualQuota");
            return this;
        }

        /** The instance. */
        public CbecFx build() {
            if (rateSource == null) {
                throw new IllegalStateException("CbecFx needs a rateSource, e.g. RateSources.csv(path)");
            }
            return new DefaultCbecFx(rateSource, roundingMode, paymentTolerance, receiptTolerance,
                    reconciliationRateType, annualQuota);
        }
    }
}
