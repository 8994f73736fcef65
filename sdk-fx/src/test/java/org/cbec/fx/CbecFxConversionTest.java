package org.cbec.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.cbec.customs.codes.CurrencyCode;
import org.cbec.fx.spi.RateSource;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CbecFxConversionTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private final CbecFx fx = CbecFx.of(RateSources.inMemory(List.of(
            ExchangeRate.centralParity(CurrencyCode.USD, DAY, "7.1012"),
            ExchangeRate.centralParity(CurrencyCode.EUR, DAY, "8.2310"),
            ExchangeRate.perUnits(RateType.CENTRAL_PARITY_DAILY, CurrencyCode.JPY, DAY, new BigDecimal("4.6926"), 100),
            ExchangeRate.centralParity(CurrencyCode.KRW, DAY, "0.005183"),
            ExchangeRate.customsMonthly(CurrencyCode.USD, YearMonth.of(2026, 11), "7.1026"))));

    @Test
    void convertsForeignCurrencyToCnyAtTheCentralParity() {
        assertThat(fx.convert(usd("100.00"), CurrencyCode.CNY, DAY)).isEqualTo(cny("710.12"));
        assertThat(fx.convert(Money.of("10000", CurrencyCode.JPY), CurrencyCode.CNY, DAY)).isEqualTo(cny("469.26"));
    }

    @Test
    void convertsCnyToForeignCurrencyRoundingToItsMinorUnits() {
        assertThat(fx.convert(cny("710.12"), CurrencyCode.USD, DAY)).isEqualTo(usd("100.00"));
        // 5.00 / 7.1012 = 0.70410…
        assertThat(fx.convert(cny("5.00"), CurrencyCode.USD, DAY).amount()).hasToString("0.70");
        // 1000.00 / 0.005183 = 192938.45… won, no minor units
        assertThat(fx.convert(cny("1000.00"), CurrencyCode.KRW, DAY).amount()).hasToString("192938");
    }

    @Test
    void crossesOtherPairsThroughCnyRoundingOnce() {
        // 100 EUR × 8.2310 / 7.1012 = 115.90998… USD
        assertThat(fx.convert(Money.of("100.00", CurrencyCode.EUR), CurrencyCode.USD, DAY)).isEqualTo(usd("115.91"));
        // 99.99 USD × 7.1012 / 0.046926 = 15131.2489… JPY
        assertThat(fx.convert(usd("99.99"), CurrencyCode.JPY, DAY)).isEqualTo(Money.of("15131", CurrencyCode.JPY));
        assertThat(fx.crossRate(CurrencyCode.EUR, CurrencyCode.USD, DAY, RateType.CENTRAL_PARITY_DAILY))
                .isEqualByComparingTo("1.159099870444431926998253816256407");
    }

    @Test
    void taxUsesTheCustomsMonthlyRateOfTheMonth() {
        assertThat(fx.convert(usd("100.00"), CurrencyCode.CNY, LocalDate.of(2026, 11, 2), RateType.CUSTOMS_MONTHLY))
                .isEqualTo(cny("710.26"));
    }

    @Test
    void sameCurrencyIsOnlyRounded() {
        assertThat(fx.convert(cny("1.005"), CurrencyCode.CNY, LocalDate.of(1999, 1, 1)).amount()).hasToString("1.01");
    }

    @Test
    void theRoundingModeIsConfigurable() {
        // 0.01 CNY / 0.004 = 2.5 KRW
        CbecFx rates = CbecFx.of(RateSources.inMemory(List.of(ExchangeRate.centralParity(CurrencyCode.KRW, DAY, "0.004"))));
        assertThat(rates.convert(cny("0.01"), CurrencyCode.KRW, DAY).amount()).isEqualByComparingTo("3");
        assertThat(rates.newBuilder().roundingMode(RoundingMode.HALF_EVEN).build()
                .convert(cny("0.01"), CurrencyCode.KRW, DAY).amount()).isEqualByComparingTo("2");
        assertThatThrownBy(() -> CbecFx.builder().roundingMode(RoundingMode.UNNECESSARY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingRateNamesTypeCurrencyAndDate() {
        assertThatThrownBy(() -> fx.convert(Money.of("1.00", CurrencyCode.EUR), CurrencyCode.CNY, DAY.plusDays(1)))
                .isInstanceOf(MissingRateException.class)
                .hasMessage("no central parity rate for EUR (300) on 2026-11-24 in the rate source");
        assertThatThrownBy(() -> fx.convert(cny("1.00"), CurrencyCode.USD, LocalDate.of(2026, 12, 1), RateType.CUSTOMS_MONTHLY))
                .isInstanceOfSatisfying(MissingRateException.class, e -> {
                    assertThat(e).hasMessage("no customs monthly rate for USD (502) in 2026-12 in the rate source");
                    assertThat(e.currency()).isEqualTo(CurrencyCode.USD);
                    assertThat(e.type()).isEqualTo(RateType.CUSTOMS_MONTHLY);
                });
        assertThatThrownBy(() -> fx.convert(usd("1.00"), CurrencyCode.GBP, DAY))
                .hasMessage("no central parity rate for GBP (303) on 2026-11-23 in the rate source");
    }

    @Test
    void needsARateSource() {
        assertThatThrownBy(() -> CbecFx.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rateSource");
    }

    /** The property: when the target currency is no coarser, there and back is within one minor unit. */
    @Property(tries = 300)
    void thereAndBackStaysWithinOneMinorUnit(@ForAll("currencies") CurrencyCode from, @ForAll("currencies") CurrencyCode to,
                                            @ForAll("rates") BigDecimal fromRate, @ForAll("rates") BigDecimal toRate,
                                            @ForAll("minorAmounts") long minor) {
        Assume.that(from != to);
        Assume.that(minorUnitInCny(to, toRate).compareTo(minorUnitInCny(from, fromRate)) <= 0);
        Money x = Money.ofMinor(minor, from);
        Money back = roundTrip(x, to, fromRate, toRate);
        assertThat(back.minus(x).abs().amount()).isLessThanOrEqualTo(x.minorUnit());
    }

    /** Any pair: the error is at most half a minor unit of each currency, expressed in the source currency. */
    @Property(tries = 300)
    void thereAndBackIsOffByAtMostHalfAMinorUnitOfEach(@ForAll("currencies") CurrencyCode from, @ForAll("currencies") CurrencyCode to,
                                                     @ForAll("rates") BigDecimal fromRate, @ForAll("rates") BigDecimal toRate,
                                                     @ForAll("minorAmounts") long minor) {
        Assume.that(from != to);
        Money x = Money.ofMinor(minor, from);
        Money back = roundTrip(x, to, fromRate, toRate);
        BigDecimal bound = minorUnitInCny(from, fromRate).add(minorUnitInCny(to, toRate))
                .divide(rate(from, fromRate).multiply(new BigDecimal(2)), java.math.MathContext.DECIMAL128);
        assertThat(back.minus(x).abs().amount()).isLessThanOrEqualTo(bound);
    }

    private static Money roundTrip(Money x, CurrencyCode to, BigDecimal fromRate, BigDecimal toRate) {
        CbecFx rates = CbecFx.of(RateSources.inMemory(List.of(
                new ExchangeRate(RateType.CENTRAL_PARITY_DAILY, x.currency(), DAY, rate(x.currency(), fromRate)),
                new ExchangeRate(RateType.CENTRAL_PARITY_DAILY, to, DAY, rate(to, toRate)))));
        Money there = rates.convert(x, to, DAY);
        assertThat(there.isRounded()).isTrue();
        return rates.convert(there, x.currency(), DAY);
    }

    private static BigDecimal rate(CurrencyCode c, BigDecimal r) {
        return c == CurrencyCode.CNY ? BigDecimal.ONE : r;
    }

    private static BigDecimal minorUnitInCny(CurrencyCode c, BigDecimal r) {
        return Money.zero(c).minorUnit().multiply(rate(c, r));
    }

    @Provide
    Arbitrary<CurrencyCode> currencies() {
        return Arbitraries.of(CurrencyCode.class);
    }

    /** CNY per unit from 0.000100 (won-like) to 20 (dinar-like), six decimals as published per unit. */
    @Provide
    Arbitrary<BigDecimal> rates() {
        return Arbitraries.longs().between(100, 20_000_000).map(n -> BigDecimal.valueOf(n, 6));
    }

    @Provide
    Arbitrary<Long> minorAmounts() {
        return Arbitraries.longs().between(0, 10_000_000_000L);
    }

    private static Money usd(String v) {
        return Money.of(v, CurrencyCode.USD);
    }

    private static Money cny(String v) {
        return Money.of(v, CurrencyCode.CNY);
    }
}
