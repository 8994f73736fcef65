package org.cbec.fx.spi;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.cbec.customs.codes.CurrencyCode;
import org.cbec.fx.ExchangeRate;
import org.cbec.fx.RateType;
import org.cbec.fx.internal.CsvRates;
import org.cbec.fx.internal.InMemoryRateSource;

/**
 * Where exchange rates come from: customs monthly rates (for tax) and daily central parity rates (for FX).
 *
 * <p>A source answers for one currency, type and date; it does not convert, cross or fall back to another
 * date: {@code CbecFx} does the arithmetic and reports a missing rate as
 * {@link org.cbec.fx.MissingRateException}. Implementations must be safe for concurrent use. CNY needs no
 * entry. Implement it over your own rate feed and check it with the contract test
 * {@code RateSourceContract} (sdk-fx tests).
 *
 * <pre>{@code
 * RateSource rates = RateSource.csv(Path.of("rates.csv"));
 * RateSource fixed = RateSource.inMemory(List.of(
 *         ExchangeRate.centralParity(CurrencyCode.USD, LocalDate.of(2026, 11, 23), "7.1012")));
 * }</pre>
 */
public interface RateSource {

    /**
     * The rate of {@code type} for {@code currency} that covers {@code date}: for {@link RateType#CUSTOMS_MONTHLY}
     * the rate of the date's month, for {@link RateType#CENTRAL_PARITY_DAILY} the rate published for that day.
     */
    Optional<ExchangeRate> find(RateType type, CurrencyCode currency, LocalDate date);

    /** Rates held in memory; two different rates for one type, currency and period are refused. */
    static RateSource inMemory(Collection<ExchangeRate> rates) {
        return InMemoryRateSource.of(rates);
    }

    /**
     * Rates read once from CSV text (UTF-8), one rate a line, after a header naming the columns in this order:
     * <pre>
     * type,currency,period,rate,units
     * CUSTOMS_MONTHLY,502,2026-11,7.1026,1
     * CENTRAL_PARITY_DAILY,JPY,2026-11-23,4.6926,100
     * </pre>
     * {@code currency} is the customs code or the ISO letters; {@code period} is {@code yyyy-MM} for monthly
     * and {@code yyyy-MM-dd} for daily rates; {@code rate} is CNY per {@code units} units ({@code units}
     * optional, default 1). Blank lines and lines starting with {@code #} are skipped. A malformed line is an
     * {@link IllegalArgumentException} naming its line number.
     */
    static RateSource csv(Reader csv) throws IOException {
        return InMemoryRateSource.of(CsvRates.read(csv));
    }

    /** {@link #csv(Reader)} from a UTF-8 file. */
    static RateSource csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return csv(r);
        }
    }
}
