package org.cbec.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
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

    @Property(tries = 3000)
    void dateAndTimeAcceptanceIsExactlyWhatTheStrictFormattersParse(@ForAll @IntRange(max = 9999) int year,
            @ForAll @IntRange(max = 13) int month, @ForAll @IntRange(max = 32) int day, @ForAll @IntRange(max = 25) int hour,
            @ForAll @IntRange(max = 61) int minute, @ForAll @IntRange(max = 61) int second, @ForAll @IntRange(max = 999) int millis) {
        String date = String.format("%04d%02d%02d", year, month, day);
        String time = date + String.format("%02d%02d%02d", hour, minute, second);

        assertThat(ValueType.DATE8.accepts(date)).as(date).isEqualTo(parses(date, "uuuuMMdd", true));
        assertThat(ValueType.DATETIME14.accepts(time)).as(time).isEqualTo(parses(time, "uuuuMMddHHmmss", false));
        String withMillis = time + String.format("%03d", millis);
        assertThat(ValueType.DATETIME17.accepts(withMillis)).as(withMillis).isEqualTo(parses(withMillis, "uuuuMMddHHmmssSSS", false));
        assertThat(ValueType.DATETIME14.accepts(time.substring(1))).isFalse();
        assertThat(ValueType.DATETIME14.accepts(time.replace('0', 'O'))).isEqualTo(!time.contains("0") && parses(time, "uuuuMMddHHmmss", false));
    }

    private static boolean parses(String text, String pattern, boolean dateOnly) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
        try {
            if (dateOnly) {
                LocalDate.parse(text, f);
            } else {
                LocalDateTime.parse(text, f);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
