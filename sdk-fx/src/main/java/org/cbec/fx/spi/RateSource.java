package org.cbec.fx.spi;

import java.time.LocalDate;
import java.util.Optional;

import org.cbec.customs.codes.CurrencyCode;
import org.cbec.fx.ExchangeRate;
import org.cbec.fx.RateType;

/**
 * Where exchange rates come from: customs monthly rates (for tax) and daily central parity rates (for FX).
 *
 * <p>A source answers for one currency, type and date; it does not convert, cross or fall back to another
 * date: {@code CbecFx} does the arithmetic and reports a missing rate as
 * {@link org.cbec.fx.MissingRateException}. Implementations must be safe for concurrent use. CNY needs no
 * entry. Implement it over your own rate feed and check it with the contract test
 * {@code RateSourceContract} (sdk-fx tests). Built in: {@link org.cbec.fx.RateSources}.
 *
 * <pre>{@code
 * RateSource rates = RateSources.csv(Path.of("rates.csv"));
 * RateSource fixed = RateSources.inMemory(List.of(
 *         ExchangeRate.centralParity(CurrencyCode.USD, LocalDate.of(2026, 11, 23), "7.1012")));
 * }</pre>
 */
public interface RateSource {

    /**
     * The rate of {@code type} for {@code currency} that covers {@code date}: for {@link RateType#CUSTOMS_MONTHLY}
     * the rate of the date's month, for {@link RateType#CENTRAL_PARITY_DAILY} the rate published for that day.
     */
    Optional<ExchangeRate> find(RateType type, CurrencyCode currency, LocalDate date);
}
