package org.cbec.tax.spi;

import java.math.BigDecimal;
import java.time.Year;

/**
 * Each buyer's imports per calendar year, counted from released inventories, against the annual limit. A return or
 * cancellation restores what its inventory had used. Implementations are thread-safe, and {@link #book} is atomic:
 * concurrent bookings for one buyer never take the total above the limit, even from several processes sharing a
 * database.
 *
 * <p>Built in ({@link org.cbec.tax.AnnualQuotaLedgers}): {@code inMemory()} and {@code jdbc(dataSource)}.
 *
 * <pre>{@code
 * AnnualQuotaLedger ledger = AnnualQuotaLedgers.jdbc(dataSource);
 * BookingResult r = ledger.book(new QuotaBooking(invtNo, buyerId, Year.of(2026), new BigDecimal("300.00")),
 *         TaxLimits.ofDefaults().annual());
 * ledger.restore(invtNo); // the inventory was returned
 * }</pre>
 */
public interface AnnualQuotaLedger {

    /** The buyer's counted total for {@code year}, CNY at scale 2; 0 when nothing was booked. */
    BigDecimal yearToDate(String buyerIdNumber, Year year);

    /**
     * Counts {@code booking} unless its inventory was booked before or the buyer's total for the year would exceed
     * {@code annualLimit}. Atomic.
     */
    BookingResult book(QuotaBooking booking, BigDecimal annualLimit);

    /**
     * Restores what inventory {@code invtNo} had used (it was returned or cancelled).
     *
     * @return true when restored now; false when the inventory was never booked or already restored
     */
    boolean restore(String invtNo);
}
