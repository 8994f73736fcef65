package org.cbec.tax;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One tax bill in the payment calendar: pay between {@code firstDay} (the 31st day after release) and
 * {@code lastDay} (the 45th).
 *
 * @param taxNo       the tax bill number
 * @param invtNo      the inventory number
 * @param assureCode  the guarantor's code, or {@code null}
 * @param releaseDate the release date
 * @param firstDay    the first day payment is due (release + 31 days)
 * @param lastDay     the last day of the window (release + 45 days)
 * @param amount      duty + VAT + consumption tax of the bill, in fen
 */
public record PaymentDue(String taxNo, String invtNo, String assureCode, LocalDate releaseDate, LocalDate firstDay,
                         LocalDate lastDay, BigDecimal amount) {
}
