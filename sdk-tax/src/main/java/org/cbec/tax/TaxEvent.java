package org.cbec.tax;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What {@link TaxLifecycle} did with one message it received.
 *
 * @param kind   what happened
 * @param invtNo the inventory it concerns
 * @param amount the amount booked or restored (CNY), or the bill's total; {@code null} when none applies
 * @param detail in words
 */
public record TaxEvent(Kind kind, String invtNo, BigDecimal amount, String detail) {

    public TaxEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /** What happened. */
    public enum Kind {
        /** A release (CEB622 800) counted the parcel in its buyer's year. */
        QUOTA_BOOKED,
        /** The release was not counted: over the limits (see the detail). */
        QUOTA_REFUSED,
        /** A concluded return (CEB626 399) or a cancellation after release (CEB624 399) restored the buyer's quota. */
        QUOTA_RESTORED,
        /** A cancellation concluded before release: nothing was booked, nothing is restored. */
        NOTHING_BOOKED,
        /** Customs' tax bill (CEB816) arrived. */
        BILL_RECEIVED,
        /** A tax bill's status changed (CEB818). */
        BILL_STATUS,
        /** The bill of a returned or cancelled inventory is marked: nothing is payable. */
        BILL_RETURNED
    }
}
