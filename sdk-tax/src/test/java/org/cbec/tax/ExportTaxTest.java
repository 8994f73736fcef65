package org.cbec.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cbec.tax.spi.TaxRateTable;
import org.junit.jupiter.api.Test;

class ExportTaxTest {

    private final CbecTax tax = CbecTax.builder().rateTable(TaxRateTables.sample())
            .excludedExportHsPrefixes(Set.of("2709")).build();

    static ExportSale sale(String orderNo, LocalDate date, String hsCode, String amount) {
        return new ExportSale(orderNo, date, "T恤", hsCode, "件", new BigDecimal("10"), new BigDecimal(amount)
                .divide(BigDecimal.TEN), new BigDecimal(amount), true, true);
    }

    @Test
    void aRecordedDeclaredExportOfOrdinaryGoodsIsTaxFreeWithoutInvoices() {
        assertThat(tax.exportEligibility(sale("E1", LocalDate.of(2026, 1, 5), "6109100021", "1000.00")).eligible()).isTrue();
    }

    @Test
    void eachUnmetConditionIsNamed() {
        ExportSale s = new ExportSale("E2", null, "T恤", "2709000000", null, new BigDecimal("1"), null,
                new BigDecimal("1.00"), false, false);
        ExportEligibility e = tax.exportEligibility(s);
        assertThat(e.eligible()).isFalse();
        assertThat(e.unmet()).containsExactly(
                "the exporter is not registered in the pilot zone",
                "not recorded on the zone's online platform: date, unit, unit price",
                "not declared as a 9610 export at the zone's customs",
                "goods 2709000000 are excluded from export exemption (2709)");
    }

    @Test
    void deemedIncomeTaxIsFourPercentOfRevenueTimesTheIncomeTaxRate() {
        // 1,234,567.89 × 4 % = 49,382.72 (49,382.7156); × 25 % = 12,345.68
        DeemedIncomeTax t = tax.deemedIncomeTax(new BigDecimal("1234567.89"), new BigDecimal("0.25"));
        assertThat(t.taxableIncome()).isEqualByComparingTo("49382.72");
        assertThat(t.tax()).isEqualByComparingTo("12345.68");
        assertThat(t.taxableIncomeRate()).isEqualByComparingTo("0.04");
    }

    @Test
    void thePeriodReportTotalsTheEligibleSalesAndTheirIncomeTax() {
        List<ExportSale> sales = List.of(
                sale("E3", LocalDate.of(2026, 3, 31), "6109100021", "300.00"),
                sale("E1", LocalDate.of(2026, 1, 1), "6109100021", "1000.00"),
                sale("E2", LocalDate.of(2026, 2, 1), "2709000000", "500.00"),
                sale("E0", LocalDate.of(2025, 12, 31), "6109100021", "9999.00"),
                sale("E4", LocalDate.of(2026, 4, 1), "6109100021", "9999.00"));

        ExportSalesReport r = tax.exportSalesReport(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), sales,
                new BigDecimal("0.25"));

        assertThat(r.sales()).extracting(e -> e.sale().orderNo()).containsExactly("E1", "E2", "E3");
        assertThat(r.totalAmount()).isEqualByComparingTo("1800.00");
        assertThat(r.taxFreeAmount()).isEqualByComparingTo("1300.00");
        assertThat(r.otherAmount()).isEqualByComparingTo("500.00");
        // 1,300.00 × 4 % = 52.00; × 25 % = 13.00
        assertThat(r.incomeTax().tax()).isEqualByComparingTo("13.00");
    }
}
