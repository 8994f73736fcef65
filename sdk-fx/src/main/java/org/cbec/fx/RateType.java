package org.cbec.fx;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * Which exchange rate a conversion uses. Both are quoted as CNY per unit of the foreign currency; other pairs
 * are crossed through CNY.
 *
 * <pre>{@code
 * RateType.CUSTOMS_MONTHLY.period(LocalDate.of(2026, 11, 23));      // 2026-11-01: one rate for the month
 * RateType.CENTRAL_PARITY_DAILY.period(LocalDate.of(2026, 11, 23)); // 2026-11-23: one rate per day
 * }</pre>
 */
public enum RateType {
    /**
     * The customs exchange rate (海关计征汇率) published by customs for a calendar month and used to compute
     * duties and taxes; one rate covers every day of its month.
     */
    CUSTOMS_MONTHLY("customs monthly rate"),
    /**
     * The daily RMB central parity rate (人民币汇率中间价) published by CFETS on behalf of the PBOC, used for
     * FX transactions and reconciliation; one rate per publication date, no fallback to an earlier day.
     */
    CENTRAL_PARITY_DAILY("central parity rate");

    private final String description;

    RateType(String description) {
        this.description = description;
    }

    /** The first day of the period a rate of this type covers {@code date} for: the month's first day or the day. */
    public LocalDate period(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return this == CUSTOMS_MONTHLY ? date.withDayOfMonth(1) : date;
    }

    /** The period as people write it: {@code 2026-11} or {@code 2026-11-23}. */
    public String periodText(LocalDate date) {
        return this == CUSTOMS_MONTHLY ? YearMonth.from(date).toString() : date.toString();
    }

    /** {@code "customs monthly rate"} or {@code "central parity rate"}. */
    public String description() {
        return description;
    }
}
