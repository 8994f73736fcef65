package org.cbec.fx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.cbec.customs.codes.CurrencyCode;

/**
 * One published rate: how many CNY one unit of {@code currency} is worth, for the period of {@code type} that
 * starts on {@code period} (the month's first day for customs rates, the day for central parity rates).
 *
 * <p>Rates published per 100 units (JPY, KRW, …) are stored per one unit; {@link #perUnits} does the division
 * exactly.
 *
 * <pre>{@code
 * ExchangeRate usd = ExchangeRate.centralParity(CurrencyCode.USD, LocalDate.of(2026, 11, 23), "7.1012");
 * ExchangeRate jpy = ExchangeRate.perUnits(RateType.CUSTOMS_MONTHLY, CurrencyCode.JPY,
 *         LocalDate.of(2026, 11, 1), new BigDecimal("4.6926"), 100);  // 0.046926 CNY per yen
 * }</pre>
 *
 * @param type customs monthly or daily central parity
 * @param currency the foreign currency
 * @param period first day of the period the rate covers (normalised by {@link RateType#period})
 * @param cnyPerUnit CNY per one unit of {@code currency}, above zero
 */
public record ExchangeRate(RateType type, CurrencyCode currency, LocalDate period, BigDecimal cnyPerUnit) {

    /** Checks the values and normalises {@code period} to the start of the rate's period. */
    public ExchangeRate {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(currency, "currency");
        period = type.period(period);
        Objects.requireNonNull(cnyPerUnit, "cnyPerUnit");
        if (cnyPerUnit.signum() <= 0) {
            throw new IllegalArgumentException("rate must be above zero: " + cnyPerUnit + " for " + Currencies.label(currency));
        }
        if (currency == CurrencyCode.CNY && cnyPerUnit.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("the CNY rate is 1 by definition, not " + cnyPerUnit);
        }
    }

    /** A customs monthly rate. */
    public static ExchangeRate customsMonthly(CurrencyCode currency, YearMonth month, String cnyPerUnit) {
        return new ExchangeRate(RateType.CUSTOMS_MONTHLY, currency, month.atDay(1), new BigDecimal(cnyPerUnit));
    }

    /** A daily central parity rate. */
    public static ExchangeRate centralParity(CurrencyCode currency, LocalDate date, String cnyPerUnit) {
        return new ExchangeRate(RateType.CENTRAL_PARITY_DAILY, currency, date, new BigDecimal(cnyPerUnit));
    }

    /** A rate quoted as {@code cny} per {@code units} units of the currency (e.g. per 100 JPY). */
    public static ExchangeRate perUnits(RateType type, CurrencyCode currency, LocalDate period, BigDecimal cny, int units) {
        if (units <= 0) {
            throw new IllegalArgumentException("units must be above zero: " + units);
        }
        BigDecimal perOne = units == 1 ? cny : cny.divide(BigDecimal.valueOf(units), MathContext.DECIMAL128);
        return new ExchangeRate(type, currency, period, perOne.stripTrailingZeros());
    }

    /** {@code "central parity rate USD (502) 2026-11-23: 7.1012 CNY"}. */
    @Override
    public String toString() {
        return type.description() + " " + Currencies.label(currency) + " " + type.periodText(period) + ": "
                + cnyPerUnit.toPlainString() + " CNY";
    }
}
