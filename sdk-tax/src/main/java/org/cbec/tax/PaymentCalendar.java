package org.cbec.tax;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the collecting party (代收代缴) must pay customs, and when: each unpaid tax bill whose inventory was not
 * returned or cancelled is payable from the 31st to the 45th day after release. Entries are ordered by last day.
 *
 * <pre>{@code
 * PaymentCalendar cal = tax.paymentCalendar(bills);
 * cal.totalsByLastDay();          // {2026-02-14=1234.56, ...}
 * cal.overdueOn(tax.today());     // missed windows
 * }</pre>
 *
 * @param entries the payable bills
 */
public record PaymentCalendar(List<PaymentDue> entries) {

    /** Days after release on which the window opens. */
    public static final int FIRST_DAY = 31;
    /** Days after release on which the window closes (inclusive). */
    public static final int LAST_DAY = 45;

    public PaymentCalendar {
        entries = List.copyOf(entries);
    }

    /** The calendar of {@code bills}: the unpaid ones that were not returned, cancelled or voided. */
    public static PaymentCalendar of(List<ReleasedTaxBill> bills) {
        List<PaymentDue> due = bills.stream().filter(ReleasedTaxBill::unpaid)
                .map(b -> new PaymentDue(b.bill().taxNo(), b.bill().head().invtNo(), b.bill().head().assureCode(),
                        b.releaseDate(), b.releaseDate().plusDays(FIRST_DAY), b.releaseDate().plusDays(LAST_DAY),
                        b.bill().total()))
                .sorted(java.util.Comparator.comparing(PaymentDue::lastDay).thenComparing(PaymentDue::taxNo))
                .toList();
        return new PaymentCalendar(due);
    }

    /** The amount whose window closes on each day. */
    public SortedMap<LocalDate, BigDecimal> totalsByLastDay() {
        SortedMap<LocalDate, BigDecimal> m = new TreeMap<>();
        entries.forEach(e -> m.merge(e.lastDay(), e.amount(), BigDecimal::add));
        return Collections.unmodifiableSortedMap(m);
    }

    /** The bills payable on {@code day}: within their window. */
    public List<PaymentDue> payableOn(LocalDate day) {
        return entries.stream().filter(e -> !day.isBefore(e.firstDay()) && !day.isAfter(e.lastDay())).toList();
    }

    /** The bills whose window closed before {@code day}. */
    public List<PaymentDue> overdueOn(LocalDate day) {
        return entries.stream().filter(e -> day.isAfter(e.lastDay())).toList();
    }

    /** The bills whose window has not opened on {@code day} (a return may still cancel them). */
    public List<PaymentDue> notYetPayableOn(LocalDate day) {
        return entries.stream().filter(e -> day.isBefore(e.firstDay())).toList();
    }

    /** The sum of all entries. */
    public BigDecimal total() {
        return entries.stream().map(PaymentDue::amount).reduce(CnyAmounts.fen(BigDecimal.ZERO), BigDecimal::add);
    }
}
