package org.cbec.fx.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cbec.customs.codes.CurrencyCode;
import org.cbec.fx.CbecFx;
import org.cbec.fx.FxTransactionRecord;
import org.cbec.fx.Money;
import org.cbec.fx.MissingRateException;
import org.cbec.fx.OrderFacts;
import org.cbec.fx.PaymentFacts;
import org.cbec.fx.PersonalQuotaTracker;
import org.cbec.fx.RateType;
import org.cbec.fx.ReceiptFacts;
import org.cbec.fx.ReceiptMatching;
import org.cbec.fx.ReconciliationReport;
import org.cbec.fx.ShipmentFacts;
import org.cbec.fx.Tolerance;
import org.cbec.fx.TradeBatch;
import org.cbec.fx.TradeFxRegistration;
import org.cbec.fx.ExportOrderFacts;
import org.cbec.fx.spi.RateSource;

/** The default {@link CbecFx}; see there for the rules. */
public final class DefaultCbecFx implements CbecFx {

    private final RateSource rateSource;
    private final RoundingMode roundingMode;
    private final Tolerance paymentTolerance;
    private final Tolerance receiptTolerance;
    private final RateType reconciliationRateType;
    private final Money annualQuota;

    /** Built by {@link CbecFx.Builder}. */
    public DefaultCbecFx(RateSource rateSource, RoundingMode roundingMode, Tolerance paymentTolerance,
                         Tolerance receiptTolerance, RateType reconciliationRateType, Money annualQuota) {
        this.rateSource = Objects.requireNonNull(rateSource, "rateSource");
        this.roundingMode = Objects.requireNonNull(roundingMode, "roundingMode");
        this.paymentTolerance = Objects.requireNonNull(paymentTolerance, "paymentTolerance");
        this.receiptTolerance = Objects.requireNonNull(receiptTolerance, "receiptTolerance");
        this.reconciliationRateType = Objects.requireNonNull(reconciliationRateType, "reconciliationRateType");
        this.annualQuota = Objects.requireNonNull(annualQuota, "annualQuota");
    }

    @Override
    public Builder newBuilder() {
        return CbecFx.builder().rateSource(rateSource).roundingMode(roundingMode).paymentTolerance(paymentTolerance)
                .receiptTolerance(receiptTolerance).reconciliationRateType(reconciliationRateType).annualQuota(annualQuota);
    }

    @Override
    public RateSource rateSource() {
        return rateSource;
    }

    @Override
    public Money convert(Money amount, CurrencyCode to, LocalDate date, RateType type) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(to, "to");
        BigDecimal value = amount.currency() == to
                ? amount.amount()
                : amount.amount().multiply(cnyPerUnit(amount.currency(), date, type))
                        .divide(cnyPerUnit(to, date, type), MathContext.DECIMAL128);
        return Money.of(value, to).rounded(roundingMode);
    }

    @Override
    public BigDecimal crossRate(CurrencyCode from, CurrencyCode to, LocalDate date, RateType type) {
        if (from == to) {
            return BigDecimal.ONE;
        }
        return cnyPerUnit(from, date, type).divide(cnyPerUnit(to, date, type), MathContext.DECIMAL128);
    }

    private BigDecimal cnyPerUnit(CurrencyCode currency, LocalDate date, RateType type) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        if (currency == CurrencyCode.CNY) {
            return BigDecimal.ONE;
        }
        return rateSource.find(type, currency, date)
                .orElseThrow(() -> new MissingRateException(type, currency, date))
                .cnyPerUnit();
    }

    @Override
    public List<FxTransactionRecord> transactionRecords(TradeBatch batch) {
        Map<String, OrderFacts> orders = new HashMap<>();
        batch.orders().forEach(o -> orders.putIfAbsent(o.orderNo(), o));
        Map<String, ShipmentFacts> shipments = new HashMap<>();
        batch.shipments().forEach(s -> shipments.putIfAbsent(s.orderNo(), s));
        List<FxTransactionRecord> records = new ArrayList<>();
        for (PaymentFacts p : batch.payments()) {
            OrderFacts o = orders.get(p.orderNo());
            ShipmentFacts s = shipments.get(p.orderNo());
            if (o != null && s != null) {
                records.add(FxTransactionRecord.of(o, p, s));
            }
        }
        return records;
    }

    @Override
    public ReconciliationReport reconcile(TradeBatch batch) {
        return new Reconciler(this, paymentTolerance, reconciliationRateType).reconcile(batch);
    }

    @Override
    public ReceiptMatching matchReceipts(List<ExportOrderFacts> orders, List<ReceiptFacts> receipts) {
        return ReceiptMatcher.match(orders, receipts, receiptTolerance);
    }

    @Override
    public PersonalQuotaTracker newQuotaTracker(Collection<TradeFxRegistration> registrations) {
        return PersonalQuotaTracker.create(this, annualQuota, registrations);
    }

    @Override
    public String toString() {
        return "CbecFx[rateSource=" + rateSource + ", roundingMode=" + roundingMode + ", paymentTolerance="
                + paymentTolerance + ", receiptTolerance=" + receiptTolerance + ", reconciliationRateType="
                + reconciliationRateType + ", annualQuota=" + annualQuota + "]";
    }
}
