package org.cbec.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import org.cbec.customs.codes.CurrencyCode;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void roundsToTheCurrencysMinorUnitsWithTheModeGiven() {
        assertThat(Money.of("1234.5", CurrencyCode.JPY).rounded(RoundingMode.HALF_UP).amount()).isEqualByComparingTo("1235");
        assertThat(Money.of("1234.5", CurrencyCode.JPY).rounded(RoundingMode.HALF_EVEN).amount()).isEqualByComparingTo("1234");
        assertThat(Money.of("10.005", CurrencyCode.USD).rounded(RoundingMode.HALF_UP).amount()).hasToString("10.01");
        assertThat(Money.of("10.005", CurrencyCode.USD).rounded(RoundingMode.DOWN).amount()).hasToString("10.00");
        assertThat(Money.of("7", CurrencyCode.CNY).rounded(RoundingMode.HALF_UP).amount()).hasToString("7.00");
    }

    @Test
    void keepsTheScaleItWasGivenUntilRounded() {
        Money m = Money.of("179.70000", CurrencyCode.CNY);
        assertThat(m.amount()).hasToString("179.70000");
        assertThat(m.isRounded()).isTrue();
        assertThat(Money.of("0.001", CurrencyCode.CNY).isRounded()).isFalse();
    }

    @Test
    void equalsByValueWhateverTheScale() {
        assertThat(Money.of("10.00", CurrencyCode.USD)).isEqualTo(Money.of("10", CurrencyCode.USD))
                .hasSameHashCodeAs(Money.of("10", CurrencyCode.USD));
        assertThat(Money.of("10.00", CurrencyCode.USD)).isNotEqualTo(Money.of("10.00", CurrencyCode.HKD));
    }

    @Test
    void addsAndSubtractsOnlyOneCurrency() {
        assertThat(Money.of("179.70", CurrencyCode.CNY).plus(Money.of("0.30", CurrencyCode.CNY)))
                .isEqualTo(Money.of("180", CurrencyCode.CNY));
        assertThat(Money.of("1.00", CurrencyCode.CNY).minus(Money.of("1.50", CurrencyCode.CNY)).abs())
                .isEqualTo(Money.of("0.5", CurrencyCode.CNY));
        assertThatThrownBy(() -> Money.of("1", CurrencyCode.CNY).plus(Money.of("1", CurrencyCode.USD)))
                .hasMessage("currency mismatch: CNY (142) and USD (502); convert first");
    }

    @Test
    void minorUnitsAndText() {
        assertThat(Money.ofMinor(1050, CurrencyCode.USD)).isEqualTo(Money.of("10.50", CurrencyCode.USD));
        assertThat(Money.ofMinor(1050, CurrencyCode.JPY)).isEqualTo(Money.of("1050", CurrencyCode.JPY));
        assertThat(Money.zero(CurrencyCode.KRW).minorUnit()).isEqualByComparingTo("1");
        assertThat(Money.of("179.70", CurrencyCode.CNY)).hasToString("179.70 CNY");
    }
}
