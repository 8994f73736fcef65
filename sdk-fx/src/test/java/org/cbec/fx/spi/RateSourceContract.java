package org.cbec.fx.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.cbec.customs.codes.CurrencyCode;
import org.cbec.fx.ExchangeRate;
import org.cbec.fx.RateType;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RateSource} must do. An implementation's test extends this and says how to build a source
 * holding given rates.
 *
 * <pre>{@code
 * class MyRateSourceTest extends RateSourceContract {
 *     protected RateSource create(List<ExchangeRate> rates) { return MyRateSource.loadedWith(rates); }
 * }
 * }</pre>
 */
public abstract class RateSourceContract {

    protected static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    protected static final ExchangeRate USD_DAILY = ExchangeRate.centralParity(CurrencyCode.USD, DAY, "7.1012");
    protected static final ExchangeRate USD_MONTHLY = ExchangeRate.customsMonthly(CurrencyCode.USD, YearMonth.of(2026, 11), "7.1026");
    protected static final ExchangeRate JPY_DAILY = ExchangeRate.centralParity(CurrencyCode.JPY, DAY, "0.046926");

    /** A source holding exactly {@code rates}. */
    protected abstract RateSource create(List<ExchangeRate> rates) throws Exception;

    private RateSource standard() throws Exception {
        return create(List.of(USD_DAILY, USD_MONTHLY, JPY_DAILY));
    }

    @Test
    void findsTheDailyRateOnItsDay() throws Exception {
        assertThat(standard().find(RateType.CENTRAL_PARITY_DAILY, CurrencyCode.USD, DAY)).contains(USD_DAILY);
    }

    @Test
    void keepsEveryDigitOfTheRate() throws Exception {
        assertThat(standard().find(RateType.CENTRAL_PARITY_DAILY, CurrencyCode.JPY, DAY).orElseThrow().cnyPerUnit())
                .isEqualByComparingTo(new BigDecimal("0.046926"));
    }

    @Test
    void findsTheMonthlyRateOnEveryDayOfItsMonth() throws Exception {
        RateSource rates = standard();
        for (LocalDate d = LocalDate.of(2026, 11, 1); d.getMonthValue() == 11; d = d.plusDays(1)) {
            assertThat(rates.find(RateType.CUSTOMS_MONTHLY, CurrencyCode.USD, d)).as("%s", d).contains(USD_MONTHLY);
        }
    }

    @Test
    void hasNoMonthlyRateOutsideItsMonth() throws Exception {
        RateSource rates = standard();
        assertThat(rates.find(RateType.CUSTOMS_MONTHLY, CurrencyCode.USD, LocalDate.of(2026, 10, 31))).isEmpty();
        assertThat(rates.find(RateType.CUSTOMS_MONTHLY, CurrencyCode.USD, LocalDate.of(2026, 12, 1))).isEmpty();
    }

    @Test
    void doesNotFallBackToAnotherDay() throws Exception {
        assertThat(standard().find(RateType.CENTRAL_PARITY_DAILY, CurrencyCode.USD, DAY.plusDays(1))).isEmpty();
        assertThat(standard().find(RateType.CENTRAL_PARITY_DAILY, CurrencyCode.USD, DAY.minusDays(1))).isEmpty();
    }

    @Test
    void keepsTheRateTypesApart() throws Exception {
        assertThat(standard().find(RateType.CUSTOMS_MONTHLY, CurrencyCode.JPY, DAY)).isEmpty();
        assertThat(standard().find(RateType.CUSTOMS_MONTHLY, CurrencyCode.USD, DAY).orElseThrow().cnyPerUnit())
                .isEqualByComparingTo("7.1026");
    }

    @Test
    void hasNoRateForACurrencyItWasNotGiven() throws Exception {
        assertThat(standard().find(RateType.CENTRAL_PARITY_DAILY, CurrencyCode.EUR, DAY)).isEmpty();
    }

    @Test
    void anEmptySourceFindsNothing() throws Exception {
        assertThat(create(List.of()).find(RateType.CENTRAL_PARITY_DAILY, CurrencyCode.USD, DAY)).isEmpty();
    }
}
