package org.cbec.fx;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

import org.cbec.fx.internal.CsvRates;
import org.cbec.fx.internal.InMemoryRateSource;
import org.cbec.fx.spi.RateSource;

/**
 * The built-in {@link RateSource}s.
 *
 * <pre>{@code
 * RateSource rates = RateSources.csv(Path.of("rates.csv"));
 * RateSource fixed = RateSources.inMemory(List.of(
 *         ExchangeRate.centralParity(CurrencyCode.USD, LocalDate.of(2026, 11, 23), "7.1012")));
 * }</pre>
 */
public final class RateSources {

    private RateSources() {
    }

    /** Rates held in memory; two different rates for one type, currency and period are refused. */
    public static RateSource inMemory(Collection<ExchangeRate> rates) {
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
    public static RateSource csv(Reader csv) throws IOException {
        return InMemoryRateSource.of(CsvRates.read(csv));
    }

    /** {@link #csv(Reader)} from a UTF-8 file. */
    public static RateSource csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return csv(r);
        }
    }
}
