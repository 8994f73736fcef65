package org.cbec.tax;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The retail exports of a period, for the tax filing: every sale with its 无票免税 eligibility, the totals, and the
 * deemed-profit income tax on the eligible revenue.
 *
 * @param from          the first day (inclusive)
 * @param to            the last day (inclusive)
 * @param sales         the period's sales in date order, each with its eligibility
 * @param totalAmount   the amount of all sales
 * @param taxFreeAmount the amount of the eligible sales
 * @param otherAmount   the amount of the others (taxed under the ordinary rules)
 * @param incomeTax     the deemed-profit income tax on {@code taxFreeAmount}
 */
public record ExportSalesReport(LocalDate from, LocalDate to, List<ExportEligibility> sales, BigDecimal totalAmount,
                                BigDecimal taxFreeAmount, BigDecimal otherAmount, DeemedIncomeTax incomeTax) {

    public ExportSalesReport {
        sales = List.copyOf(sales);
    }
}
