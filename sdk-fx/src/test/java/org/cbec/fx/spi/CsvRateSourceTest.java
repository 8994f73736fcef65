package org.cbec.fx.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

import org.cbec.customs.codes.CurrencyCode;
import org.cbec.fx.Currencies;
import org.cbec.fx.ExchangeRate;
import org.cbec.fx.RateSources;
import org.cbec.fx.RateType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRateSourceTest extends RateSourceContract {

    @TempDir
    Path dir;

    /** Writes the rates as CSV, the monthly ones with ISO letters, the daily ones per 100 units with the customs code. */
    @Override
    protected RateSource create(List<ExchangeRate> rates) throws Exception {
        String body = rates.stream().map(r -> r.type() == RateType.CUSTOMS_MONTHLY
                        ? r.type() + "," + Currencies.iso(r.currency()) + "," + YearMonth.from(r.period()) + ","
                                + r.cnyPerUnit().toPlainString()
                        : r.type() + "," + r.currency().code() + "," + r.period() + ","
                                + r.cnyPerUnit().movePointRight(2).toPlainString() + ",100")
                .collect(Collectors.joining("\n"));
        Path file = dir.resolve("rates.csv");
        Files.writeString(file, "# rates for tests\ntype,currency,period,rate,units\n\n" + body + "\n", StandardCharsets.UTF_8);
        return RateSources.csv(file);
    }

    @Test
    void readsCustomsCodesIsoLettersAndRatesPerHundred() throws Exception {
        RateSource rates = RateSources.csv(new StringReader("""
                type,currency,period,rate,units
                CENTRAL_PARITY_DAILY,116,2026-11-23,4.6926,100
                central_parity_daily,usd,2026-11-23,7.1012
                CUSTOMS_MONTHLY,EUR,2026-11,8.2310,1
                """));

        assertThat(rates.find(RateType.CENTRAL_PARITY_DAILY, CurrencyCode.JPY, LocalDate.of(2026, 11, 23)).orElseThrow()
                .cnyPerUnit()).isEqualByComparingTo("0.046926");
        assertThat(rates.find(RateType.CENTRAL_PARITY_DAILY, CurrencyCode.USD, LocalDate.of(2026, 11, 23)).orElseThrow()
                .cnyPerUnit()).isEqualByComparingTo("7.1012");
        assertThat(rates.find(RateType.CUSTOMS_MONTHLY, CurrencyCode.EUR, LocalDate.of(2026, 11, 30)).orElseThrow()
                .cnyPerUnit()).isEqualByComparingTo("8.2310");
    }

    @Test
    void namesTheLineOfAMalformedRate() {
        assertThatThrownBy(() -> RateSources.csv(new StringReader("type,currency,period,rate\nCUSTOMS_MONTHLY,999,2026-11,7\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("rate CSV line 2: unknown currency '999'");
        assertThatThrownBy(() -> RateSources.csv(new StringReader("type,currency,period,rate\nCUSTOMS_MONTHLY,502,2026-11-05,7\n")))
                .hasMessageStartingWith("rate CSV line 2: bad period '2026-11-05'");
        assertThatThrownBy(() -> RateSources.csv(new StringReader("type,currency,period,rate\nDAILY,502,2026-11-05,7\n")))
                .hasMessageStartingWith("rate CSV line 2: ");
        assertThatThrownBy(() -> RateSources.csv(new StringReader("type,currency,period,rate\nCUSTOMS_MONTHLY,502,2026-11,-7\n")))
                .hasMessageStartingWith("rate CSV line 2: rate must be above zero");
        assertThatThrownBy(() -> RateSources.csv(new StringReader("CUSTOMS_MONTHLY,502,2026-11,7\n")))
                .hasMessageStartingWith("rate CSV line 1: expected the header");
    }
}
