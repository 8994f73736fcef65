package org.cbec.tax.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.cbec.core.error.CebException;
import org.cbec.tax.GoodsLine;
import org.cbec.tax.TaxRates;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TaxRateTable} must do; each implementation's test extends this in a few lines. The table under
 * test must hold category {@code cosmetics} and HS prefix {@code 3304} with a 15 % ad-valorem consumption tax, and
 * nothing under {@code 99} or {@code no-such-category}.
 */
public abstract class TaxRateTableContractTest {

    protected abstract TaxRateTable table();

    @Test
    void findsACategoryByName() {
        assertThat(table().find("cosmetics")).map(TaxRates::consumptionRate).hasValueSatisfying(
                r -> assertThat(r).isEqualByComparingTo("0.15"));
    }

    @Test
    void findsATenDigitCodeByItsPrefix() {
        assertThat(table().find("3304100091")).map(TaxRates::consumptionRate).hasValueSatisfying(
                r -> assertThat(r).isEqualByComparingTo("0.15"));
    }

    @Test
    void unknownKeysFindNothing() {
        assertThat(table().find("9999999999")).isEmpty();
        assertThat(table().find("no-such-category")).isEmpty();
    }

    @Test
    void aLineUsesItsOwnRatesThenItsCategoryThenItsCode() {
        TaxRates own = TaxRates.of("own", BigDecimal.ZERO, new BigDecimal("0.06"));
        GoodsLine.Builder b = GoodsLine.builder().itemName("x").hsCode("3304100091").value(BigDecimal.ONE);
        assertThat(table().ratesFor(b.rates(own).build())).isSameAs(own);
        assertThat(table().ratesFor(b.rates(null).taxCategory("no-such-category").build()).consumptionRate())
                .isEqualByComparingTo("0.15");
    }

    @Test
    void aLineWithoutRatesIsRefusedWithItsNumber() {
        GoodsLine line = GoodsLine.builder().itemNo(7).itemName("x").hsCode("9999999999").value(BigDecimal.ONE).build();
        assertThatThrownBy(() -> table().ratesFor(line)).isInstanceOf(CebException.class)
                .hasMessageContaining("line 7").extracting(e -> ((CebException) e).code()).isEqualTo("TAX_RATE_UNKNOWN");
    }
}
