package org.cbec.tax;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A tax bill with what happened to its inventory: when it was released, whether it was returned or cancelled, and
 * whether its tax has been paid. Input of the payment calendar and the guarantee exposure.
 *
 * @param bill                customs' tax bill (with its latest status)
 * @param releaseDate         the release date (放行), China local date
 * @param returnedOrCancelled true when the inventory was returned or cancelled (nothing to pay)
 * @param paid                true when the tax was paid to customs
 */
public record ReleasedTaxBill(CustomsTaxBill bill, LocalDate releaseDate, boolean returnedOrCancelled, boolean paid) {

    public ReleasedTaxBill {
        Objects.requireNonNull(bill, "bill");
        Objects.requireNonNull(releaseDate, "releaseDate");
    }

    /** True when tax is still owed: not void, not returned or cancelled, not paid. */
    public boolean unpaid() {
        return !paid && !returnedOrCancelled && bill.head().status() != TaxBillStatus.VOID;
    }
}
