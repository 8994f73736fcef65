package org.cbec.tax.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AnnualQuotaLedger} must do; each implementation's test extends this in a few lines. */
public abstract class AnnualQuotaLedgerContractTest {

    static final String BUYER = "110101199003074514";
    static final String OTHER = "11010119900307453X";
    static final Year YEAR = Year.of(2026);
    static final BigDecimal LIMIT = new BigDecimal("26000.00");

    private AnnualQuotaLedger ledger;

    /** A new, empty ledger. */
    protected abstract AnnualQuotaLedger newLedger();

    @BeforeEach
    void setUp() {
        ledger = newLedger();
    }

    static BigDecimal cny(String v) {
        return new BigDecimal(v);
    }

    private BookingResult book(String invtNo, String buyer, String amount) {
        return ledger.book(new QuotaBooking(invtNo, buyer, YEAR, cny(amount)), LIMIT);
    }

    @Test
    void startsAtZero() {
        assertThat(ledger.yearToDate(BUYER, YEAR)).isEqualByComparingTo("0").hasScaleOf(2);
    }

    @Test
    void bookingAddsToTheBuyersYear() {
        assertThat(book("I1", BUYER, "100.00")).isEqualTo(new BookingResult(BookingResult.Outcome.BOOKED, cny("100.00")));
        assertThat(book("I2", BUYER, "50.50").yearToDate()).isEqualByComparingTo("150.50");
        assertThat(ledger.yearToDate(BUYER, YEAR)).isEqualByComparingTo("150.50");
        assertThat(ledger.yearToDate(OTHER, YEAR)).isEqualByComparingTo("0");
        assertThat(ledger.yearToDate(BUYER, YEAR.plusYears(1))).isEqualByComparingTo("0");
    }

    @Test
    void theLimitIsInclusiveAndAFenMoreIsRefused() {
        assertThat(book("I1", BUYER, "25000.00").outcome()).isEqualTo(BookingResult.Outcome.BOOKED);
        BookingResult refused = book("I2", BUYER, "1000.01");
        assertThat(refused.outcome()).isEqualTo(BookingResult.Outcome.LIMIT_EXCEEDED);
        assertThat(refused.counted()).isFalse();
        assertThat(refused.yearToDate()).isEqualByComparingTo("25000.00");
        assertThat(book("I3", BUYER, "1000.00").yearToDate()).isEqualByComparingTo("26000.00");
    }

    @Test
    void anInventoryIsCountedOnce() {
        book("I1", BUYER, "100.00");
        BookingResult again = book("I1", BUYER, "100.00");
        assertThat(again.outcome()).isEqualTo(BookingResult.Outcome.ALREADY_BOOKED);
        assertThat(again.counted()).isTrue();
        assertThat(ledger.yearToDate(BUYER, YEAR)).isEqualByComparingTo("100.00");
    }

    @Test
    void aReturnRestoresTheQuotaOnce() {
        book("I1", BUYER, "25000.00");
        assertThat(ledger.restore("I1")).isTrue();
        assertThat(ledger.restore("I1")).isFalse();
        assertThat(ledger.restore("never-booked")).isFalse();
        assertThat(ledger.yearToDate(BUYER, YEAR)).isEqualByComparingTo("0");
        assertThat(book("I2", BUYER, "26000.00").outcome()).isEqualTo(BookingResult.Outcome.BOOKED);
    }

    @Test
    void concurrentBookingsForOneBuyerNeverExceedTheLimit() throws Exception {
        // 120 parcels of 300.00 from 4 threads at once: 86 fit (25,800.00), the 87th would make 26,100.00
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<BookingResult>> results = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                String invtNo = "C" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return ledger.book(new QuotaBooking(invtNo, BUYER, YEAR, cny("300.00")), LIMIT);
                }));
            }
            start.countDown();
            int booked = 0;
            for (Future<BookingResult> f : results) {
                BookingResult r = f.get(60, TimeUnit.SECONDS);
                assertThat(r.yearToDate()).isLessThanOrEqualTo(LIMIT);
                if (r.outcome() == BookingResult.Outcome.BOOKED) {
                    booked++;
                }
            }
            assertThat(booked).isEqualTo(86);
            assertThat(ledger.yearToDate(BUYER, YEAR)).isEqualByComparingTo("25800.00");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentBookingsAndReturnsKeepTheTotalExact() throws Exception {
        for (int i = 0; i < 40; i++) {
            book("R" + i, BUYER, "100.00");
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                done.add(pool.submit(() -> ledger.restore("R" + n)));
                done.add(pool.submit(() -> book("N" + n, BUYER, "10.00")));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(ledger.yearToDate(BUYER, YEAR)).isEqualByComparingTo("400.00");
    }
}
