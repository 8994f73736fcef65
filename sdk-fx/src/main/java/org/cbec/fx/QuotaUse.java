package org.cbec.fx;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One individual's FX purchase or settlement, as the annual quota view takes it.
 *
 * @param idNumber the person's identity number
 * @param amount   the amount and its currency
 * @param date     the date (its central parity converts it to USD)
 * @param purpose  convenience quota or e-commerce trade settlement
 */
public record QuotaUse(String idNumber, Money amount, LocalDate date, QuotaPurpose purpose) {

    /** Every part is required. */
    public QuotaUse {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(purpose, "purpose");
    }
}
