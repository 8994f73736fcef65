package org.cbec.tax.spi;

import java.math.BigDecimal;

/**
 * What {@link AnnualQuotaLedger#book} did.
 *
 * @param outcome    booked, already booked, or refused
 * @param yearToDate the buyer's total for the year after the call, CNY
 */
public record BookingResult(Outcome outcome, BigDecimal yearToDate) {

    /** What happened to a booking. */
    public enum Outcome {
        /** Counted now. */
        BOOKED,
        /** The inventory was booked before (also when since restored); nothing changed. */
        ALREADY_BOOKED,
        /** Counting it would exceed the annual limit; nothing changed. */
        LIMIT_EXCEEDED
    }

    /** True when the inventory is counted now or was already. */
    public boolean counted() {
        return outcome != Outcome.LIMIT_EXCEEDED;
    }
}
