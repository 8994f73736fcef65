package org.cbec.tax.spi;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;

import org.cbec.core.validation.Sensitivity;
import org.cbec.tax.CnyAmounts;

/**
 * A released inventory to count against its buyer's annual limit. {@link #toString()} masks the ID number.
 *
 * @param invtNo        the inventory number (清单编号); one booking per inventory
 * @param buyerIdNumber the buyer's ID number
 * @param year          the calendar year of release (China time)
 * @param amount        the dutiable value counted, CNY in whole fen, not negative
 */
public record QuotaBooking(String invtNo, String buyerIdNumber, Year year, BigDecimal amount) {

    public QuotaBooking {
        Objects.requireNonNull(invtNo, "invtNo");
        Objects.requireNonNull(buyerIdNumber, "buyerIdNumber");
        Objects.requireNonNull(year, "year");
        amount = CnyAmounts.exactFen("amount", amount);
    }

    @Override
    public String toString() {
        return "QuotaBooking[invtNo=" + invtNo + ", buyerIdNumber=" + Sensitivity.ID_NUMBER.mask(buyerIdNumber)
                + ", year=" + year + ", amount=" + amount + "]";
    }
}
