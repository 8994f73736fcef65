package org.cbec.tax.internal;

import java.math.BigDecimal;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.cbec.tax.CnyAmounts;
import org.cbec.tax.spi.AnnualQuotaLedger;
import org.cbec.tax.spi.BookingResult;
import org.cbec.tax.spi.QuotaBooking;

/** {@link AnnualQuotaLedger} in memory; one lock, since each operation is a few map look-ups. */
public final class InMemoryQuotaLedger implements AnnualQuotaLedger {

    private record Key(String buyerIdNumber, Year year) {
    }

    private final Map<Key, BigDecimal> totals = new HashMap<>();
    private final Map<String, QuotaBooking> bookings = new HashMap<>();
    private final Map<String, Boolean> restored = new HashMap<>();

    @Override
    public synchronized BigDecimal yearToDate(String buyerIdNumber, Year year) {
        return totals.getOrDefault(new Key(Objects.requireNonNull(buyerIdNumber), year), CnyAmounts.fen(BigDecimal.ZERO));
    }

    @Override
    public synchronized BookingResult book(QuotaBooking booking, BigDecimal annualLimit) {
        Key key = new Key(booking.buyerIdNumber(), booking.year());
        BigDecimal total = totals.getOrDefault(key, CnyAmounts.fen(BigDecimal.ZERO));
        if (bookings.containsKey(booking.invtNo())) {
            return new BookingResult(BookingResult.Outcome.ALREADY_BOOKED, total);
        }
        BigDecimal after = total.add(booking.amount());
        if (after.compareTo(annualLimit) > 0) {
            return new BookingResult(BookingResult.Outcome.LIMIT_EXCEEDED, total);
        }
        totals.put(key, after);
        bookings.put(booking.invtNo(), booking);
        restored.put(booking.invtNo(), false);
        return new BookingResult(BookingResult.Outcome.BOOKED, after);
    }

    @Override
    public synchronized boolean restore(String invtNo) {
        QuotaBooking b = bookings.get(invtNo);
        if (b == null || restored.get(invtNo)) {
            return false;
        }
        restored.put(invtNo, true);
        totals.merge(new Key(b.buyerIdNumber(), b.year()), b.amount().negate(), BigDecimal::add);
        return true;
    }

    @Override
    public String toString() {
        return "AnnualQuotaLedger.inMemory";
    }
}
