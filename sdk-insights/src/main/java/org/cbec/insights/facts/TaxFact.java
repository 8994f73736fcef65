package org.cbec.insights.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.cbec.tax.PaymentCalendar;

/**
 * The tax bill of a released import inventory (CEB816, with its CEB818 status) and when the collecting party paid
 * it, if it did: the payment is due from the 31st to the 45th day after release ({@link PaymentCalendar}).
 *
 * @param taxNo  电子税单编号
 * @param amount duty + VAT + consumption tax of the bill
 * @param voided whether the bill was voided (status 3: the inventory was returned or cancelled)
 * @param paidOn the day the tax was paid to customs, or {@code null} while unpaid
 */
public record TaxFact(String taxNo, BigDecimal amount, boolean voided, LocalDate paidOn) {

    /** {@code taxNo} is required. */
    public TaxFact {
        Objects.requireNonNull(taxNo, "taxNo");
    }

    /**
     * Whether the payment is (or was) late on {@code asOf}: paid after the last day of its window, or unpaid with the
     * window closed. A voided bill is never late.
     */
    public boolean late(LocalDate releasedOn, LocalDate asOf) {
        if (voided || releasedOn == null) {
            return false;
        }
        LocalDate lastDay = releasedOn.plusDays(PaymentCalendar.LAST_DAY);
        return paidOn != null ? paidOn.isAfter(lastDay) : asOf.isAfter(lastDay);
    }

    /** A copy paid on {@code day}. */
    public TaxFact paid(LocalDate day) {
        return new TaxFact(taxNo, amount, voided, day);
    }
}
