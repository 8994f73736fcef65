package org.cbec.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValueTypeTest {

    @Test
    void decimalsFollowXsDecimal() {
        assertThat(ValueType.DECIMAL.parse("-12.50")).isEqualTo(new BigDecimal("-12.50"));
        for (String ok : new String[] {"0", "+1", "1.", ".5", "160.00"}) {
            assertThat(ValueType.DECIMAL.accepts(ok)).as(ok).isTrue();
        }
        for (String bad : new String[] {"", "1e3", " 1", "1.2.3", ".", "+", "１"}) {
            assertThat(ValueType.DECIMAL.accepts(bad)).as(bad).isFalse();
        }
    }

    @Test
    void intsAreWholeNumbers() {
        assertThat(ValueType.INT.parse("+7")).isEqualTo(7);
        assertThat(ValueType.INT.accepts("-3")).isTrue();
        assertThat(ValueType.INT.accepts("3.0")).isFalse();
        assertThat(ValueType.INT.accepts("")).isFalse();
    }

    @Test
    void datesAreStrictYyyymmdd() {
        assertThat(ValueType.DATE8.parse("20240229")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(ValueType.DATE8.format(LocalDate.of(2026, 1, 5))).isEqualTo("20260105");
        assertThat(ValueType.DATE8.accepts("20230229")).isFalse();
        assertThat(ValueType.DATE8.accepts("2026-01-05")).isFalse();
    }
}
