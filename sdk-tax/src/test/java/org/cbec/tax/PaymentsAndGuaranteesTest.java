package org.cbec.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.cbec.tax.spi.TaxRateTable;
import org.junit.jupiter.api.Test;

class PaymentsAndGuaranteesTest {

    // 2026-02-01T20:00Z is already 2026-02-02 in China
    private final CbecTax tax = CbecTax.builder().rateTable(TaxRateTables.sample())
            .clock(Clock.fixed(Instant.parse("2026-02-01T20:00:00Z"), ZoneOffset.UTC)).build();

    static CustomsTaxBill bill(String taxNo, String assureCode, String vat, TaxBillStatus status) {
        BigDecimal zero = new BigDecimal("0.00000");
        return new CustomsTaxBill(new TaxBillHead(null, null, "INVT-" + taxNo, taxNo, zero, new BigDecimal(vat), zero,
                status, null, null, assureCode, null, null, null, null, null, null), List.of());
    }

    static ReleasedTaxBill released(String taxNo, String assureCode, String vat, LocalDate release) {
        return new ReleasedTaxBill(bill(taxNo, assureCode, vat, TaxBillStatus.GENERATED), release, false, false);
    }

    @Test
    void todayIsTheChinaDate() {
        assertThat(tax.today()).isEqualTo(LocalDate.of(2026, 2, 2));
    }

    @Test
    void billsArePayableFromThe31stToThe45thDayAfterRelease() {
        LocalDate release = LocalDate.of(2026, 1, 1);
        PaymentCalendar cal = tax.paymentCalendar(List.of(released("T1", "A", "100.00", release)));

        PaymentDue due = cal.entries().get(0);
        assertThat(due.firstDay()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(due.lastDay()).isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(cal.notYetPayableOn(LocalDate.of(2026, 1, 31))).containsExactly(due);
        assertThat(cal.payableOn(LocalDate.of(2026, 1, 31))).isEmpty();
        assertThat(cal.payableOn(LocalDate.of(2026, 2, 1))).containsExactly(due);
        assertThat(cal.payableOn(LocalDate.of(2026, 2, 15))).containsExactly(due);
        assertThat(cal.overdueOn(LocalDate.of(2026, 2, 15))).isEmpty();
        assertThat(cal.overdueOn(LocalDate.of(2026, 2, 16))).containsExactly(due);
    }

    @Test
    void returnedVoidAndPaidBillsAreNotInTheCalendar() {
        LocalDate d = LocalDate.of(2026, 1, 1);
        PaymentCalendar cal = tax.paymentCalendar(List.of(
                released("T1", "A", "100.00", d),
                new ReleasedTaxBill(bill("T2", "A", "10.00", TaxBillStatus.GENERATED), d, true, false),
                new ReleasedTaxBill(bill("T3", "A", "10.00", TaxBillStatus.VOID), d, false, false),
                new ReleasedTaxBill(bill("T4", "A", "10.00", TaxBillStatus.SUMMARISED), d, false, true),
                released("T5", "A", "20.00", d.plusDays(2)),
                released("T6", "A", "30.00", d)));

        assertThat(cal.entries()).extracting(PaymentDue::taxNo).containsExactly("T1", "T6", "T5");
        assertThat(cal.totalsByLastDay()).containsExactly(
                Map.entry(LocalDate.of(2026, 2, 15), new BigDecimal("130.00")),
                Map.entry(LocalDate.of(2026, 2, 17), new BigDecimal("20.00")));
        assertThat(cal.total()).isEqualByComparingTo("150.00");
    }

    @Test
    void exposureSumsUnpaidTaxPerGuaranteeAndWarnsAtTheThreshold() {
        LocalDate d = LocalDate.of(2026, 1, 1);
        List<ReleasedTaxBill> bills = List.of(
                released("T1", "A", "500.00", d),
                released("T2", "A", "300.00", d),
                new ReleasedTaxBill(bill("T3", "A", "900.00", TaxBillStatus.SUMMARISED), d, false, true),
                released("T4", "B", "100.00", d),
                released("T5", null, "5.00", d));

        List<GuaranteeExposure> exposure = tax.guaranteeExposure(bills,
                Map.of("A", new BigDecimal("1000.00"), "B", new BigDecimal("1000.00"), "C", new BigDecimal("50.00")));

        assertThat(exposure).containsExactly(
                new GuaranteeExposure("", BigDecimal.ZERO, new BigDecimal("5.00"), 1, null, true, true),
                new GuaranteeExposure("A", new BigDecimal("1000.00"), new BigDecimal("800.00"), 2, new BigDecimal("0.8000"), true, false),
                new GuaranteeExposure("B", new BigDecimal("1000.00"), new BigDecimal("100.00"), 1, new BigDecimal("0.1000"), false, false),
                new GuaranteeExposure("C", new BigDecimal("50.00"), new BigDecimal("0.00"), 0, new BigDecimal("0.0000"), false, false));
    }
}
