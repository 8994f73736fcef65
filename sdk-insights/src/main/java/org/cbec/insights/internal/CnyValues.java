package org.cbec.insights.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cbec.customs.codes.CurrencyCode;
import org.cbec.fx.CbecFx;
import org.cbec.fx.Currencies;
import org.cbec.fx.MissingRateException;
import org.cbec.fx.Money;
import org.cbec.fx.RateType;

/**
 * Values in CNY: a CNY value as it is, another currency converted by sdk-fx at the rate of {@code rateType} for the
 * date (rounded once to the fen); without a rate the value is not converted and the currency and period are noted
 * (a bounded set: currencies × periods).
 */
public final class CnyValues {

    private final CbecFx fx;
    private final RateType rateType;
    private final Set<String> missing = new TreeSet<>();

    /** {@code fx} may be {@code null}: then only CNY values count. */
    public CnyValues(CbecFx fx, RateType rateType) {
        this.fx = fx;
        this.rateType = rateType;
    }

    /** {@code value} in CNY on {@code date}, or {@code null} when there is no value or no rate. */
    public BigDecimal cny(String currency, BigDecimal value, LocalDate date) {
        if (value == null) {
            return null;
        }
        if (currency == null || "142".equals(currency)) {
            return value;
        }
        Optional<CurrencyCode> c = Currencies.fromCustoms(currency);
        if (c.isEmpty() || fx == null) {
            missing.add(c.map(Currencies::iso).orElse(currency) + " " + rateType.periodText(date));
            return null;
        }
        try {
            return fx.convert(Money.of(value, c.get()), CurrencyCode.CNY, date, rateType).amount();
        } catch (MissingRateException e) {
            missing.add(Currencies.iso(c.get()) + " " + rateType.periodText(date));
            return null;
        }
    }

    /** The currencies and periods no rate was found for, e.g. {@code USD 2026-11}. */
    public List<String> missing() {
        return List.copyOf(missing);
    }
}
