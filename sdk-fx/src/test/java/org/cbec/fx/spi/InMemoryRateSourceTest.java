package org.cbec.fx.spi;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.cbec.customs.codes.CurrencyCode;
import org.cbec.fx.ExchangeRate;
import org.cbec.fx.RateSources;
import org.junit.jupiter.api.Test;

class InMemoryRateSourceTest extends RateSourceContract {

    @Override
    protected RateSource create(List<ExchangeRate> rates) {
        return RateSources.inMemory(rates);
    }

    @Test
    void refusesTwoDifferentRatesForOnePeriod() {
        ExchangeRate other = ExchangeRate.centralParity(CurrencyCode.USD, DAY, "7.2");
        assertThatThrownBy(() -> RateSources.inMemory(List.of(USD_DAILY, other)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two rates for one period").hasMessageContaining("USD (502) 2026-11-23");
    }
}
