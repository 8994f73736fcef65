package org.cbec.fx;

import java.time.LocalDate;
import java.util.List;

/**
 * The outcome of an aggregate check (总量核查) over a period: per seller and currency, declared against collected,
 * and the discrepancies beyond the tolerance.
 *
 * <pre>{@code
 * AggregateReport r = check.run(from, to, declared, receipts, registrations);
 * r.sellers().forEach(s -> log.info("{} {} {}", s.sellerCode(), s.declared(), s.difference()));
 * r.discrepancies().forEach(System.out::println);
 * }</pre>
 *
 * @param from          the first day of the period
 * @param to            the last day of the period
 * @param sellers       one per seller and currency, by seller then currency
 * @param discrepancies the findings, by seller
 */
public record AggregateReport(LocalDate from, LocalDate to, List<SellerAggregate> sellers,
                              List<AggregateDiscrepancy> discrepancies) {

    /** The lists are copied. */
    public AggregateReport {
        sellers = List.copyOf(sellers);
        discrepancies = List.copyOf(discrepancies);
    }
}
