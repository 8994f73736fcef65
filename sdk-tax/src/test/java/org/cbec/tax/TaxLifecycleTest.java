package org.cbec.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import org.cbec.customs.codes.TaxStatus;
import org.cbec.customs.exports.Ceb792Message;
import org.cbec.customs.exports.Inventories;
import org.cbec.customs.exports.SummaryResult;
import org.cbec.customs.exports.SummaryResultHead;
import org.cbec.customs.exports.SummaryResultList;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.customs.imports.Ceb622Message;
import org.cbec.customs.imports.Ceb624Message;
import org.cbec.customs.imports.Ceb626Message;
import org.cbec.customs.imports.Ceb816Message;
import org.cbec.customs.imports.Ceb818Message;
import org.cbec.customs.imports.InventoryHead;
import org.cbec.customs.imports.InventoryReturn;
import org.cbec.customs.imports.InvtCancelReturn;
import org.cbec.customs.imports.InvtRefundReturn;
import org.cbec.customs.imports.Parcels;
import org.cbec.customs.imports.TaxBill;
import org.cbec.customs.imports.TaxHeadRd;
import org.cbec.customs.imports.TaxHeadStatus;
import org.cbec.customs.imports.TaxListRd;
import org.cbec.customs.imports.TaxState;
import org.cbec.tax.TaxEvent.Kind;
import org.cbec.tax.spi.TaxRateTable;
import org.junit.jupiter.api.Test;

/** The tax follows the lifecycle from the messages themselves: releases book, concluded returns restore, CEB818 reaches the calendar. */
class TaxLifecycleTest {

    private static final String INVT_NO = "I51002026000000123";
    private static final String TAX_NO = "TAX" + INVT_NO;
    private static final LocalDateTime RELEASED = LocalDateTime.of(2026, 11, 23, 12, 0);
    private static final String G = "A0000000-0000-4000-8000-0000000000";

    private final CbecTax tax = CbecTax.builder().rateTable(TaxRateTables.sample())
            .clock(Clock.fixed(Instant.parse("2026-11-23T04:00:00Z"), ZoneOffset.UTC)).build();
    private final Ceb621Message filed = Parcels.inventoryMessage();
    private final InventoryHead head = filed.inventorys().get(0).inventoryHead();
    private final String buyer = head.buyerIdNumber();

    @Test
    void releaseBooksTheQuotaAndAConcludedReturnRestoresItAndTakesTheBillOffTheCalendar() {
        TaxLifecycle life = tax.lifecycle();
        life.filed(filed);

        assertThat(life.received(inventoryReceipt("120"))).isEmpty();
        assertThat(life.received(inventoryReceipt("800"))).extracting(TaxEvent::kind).containsExactly(Kind.QUOTA_BOOKED);
        assertThat(life.received(inventoryReceipt("800"))).as("a duplicate release counts once").isEmpty();
        BigDecimal counted = tax.ledger().yearToDate(buyer, Year.of(2026));
        assertThat(counted).isPositive();
        assertThat(life.received(taxBill())).extracting(TaxEvent::kind).containsExactly(Kind.BILL_RECEIVED);
        assertThat(life.paymentCalendar().entries()).singleElement().satisfies(d -> assertThat(d.lastDay()).isEqualTo(LocalDate.of(2027, 1, 7)));

        assertThat(life.received(returnReceipt("120"))).isEmpty();
        assertThat(life.received(returnReceipt("399"))).extracting(TaxEvent::kind).containsExactly(Kind.QUOTA_RESTORED, Kind.BILL_RETURNED);

        assertThat(tax.ledger().yearToDate(buyer, Year.of(2026))).isZero();
        assertThat(life.bill(INVT_NO)).hasValueSatisfying(b -> assertThat(b.returnedOrCancelled()).isTrue());
        assertThat(life.paymentCalendar().entries()).isEmpty();
    }

    @Test
    void cancellationConcludedBeforeReleaseBooksNothingAndRestoresNothing() {
        TaxLifecycle life = tax.lifecycle();
        life.filed(filed);
        life.received(inventoryReceipt("399"));

        assertThat(life.received(cancellationReceipt("399"))).extracting(TaxEvent::kind).containsExactly(Kind.NOTHING_BOOKED);
        assertThat(life.received(inventoryReceipt("800"))).as("a cancelled inventory's late release is booked and restored at once")
                .extracting(TaxEvent::kind).containsExactly(Kind.QUOTA_BOOKED, Kind.QUOTA_RESTORED);
        assertThat(tax.ledger().yearToDate(buyer, Year.of(2026))).isZero();
    }

    @Test
    void taxBillStatusUpdatesReachThePaymentCalendar() {
        TaxLifecycle life = tax.lifecycle();
        life.filed(filed);
        life.received(inventoryReceipt("800"));
        life.received(taxBill());

        assertThat(life.received(status(TaxStatus.SUMMARISED, "DUTY-0001"))).extracting(TaxEvent::detail)
                .singleElement().asString().contains("SUMMARISED").contains("DUTY-0001");
        assertThat(life.bill(INVT_NO).orElseThrow().bill().head().entDutyNo()).isEqualTo("DUTY-0001");
        assertThat(life.paymentCalendar().entries()).hasSize(1);

        life.received(status(TaxStatus.VOID, null));
        assertThat(life.paymentCalendar().entries()).isEmpty();
    }

    @Test
    void exportSaleIsBuiltFromTheReleasedInventoryAndTheSummaryResultThatDeclaredIt() {
        var inventory = Inventories.of(Inventories.head().build(), Inventories.line(1, "8518300000", "502", "2", "50"));
        Ceb792Message result = Ceb792Message.builder().guid(G + "01").version("1.0").addSummaryResult(SummaryResult.builder()
                .summaryResultHead(SummaryResultHead.builder().guid(G + "02").customsCode("5305").sumNo("S53052026000000001")
                        .opDate(RELEASED).declSeqNo("D53052026000000001").decState("A").agentCode("4403960AGT").agentName("深圳报关有限公司")
                        .ebcCode("4403960EBC").ebcName("深圳卖家有限公司").declAgentCode("4403960AGT").declAgentName("深圳报关有限公司")
                        .grossWeight(BigDecimal.ONE).netWeight(BigDecimal.ONE).msgCount(1).msgSeqNo(1).build())
                .addSummaryResultList(SummaryResultList.builder().invtNo("E53052026000000001").logisticsNo("LN2026112300001").gseqno(1).gnum(1)
                        .gcode("8518300000").build())
                .build()).build();

        List<ExportSale> sales = ExportSales.of(inventory, "E53052026000000001", result, true);
        ExportSalesReport report = tax.exportSalesReport(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), sales, new BigDecimal("0.25"));

        assertThat(sales).singleElement().satisfies(s -> assertThat(s.amount()).isEqualByComparingTo("100"))
                .satisfies(s -> assertThat(s.exportDate()).isEqualTo(LocalDate.of(2026, 11, 23)));
        assertThat(report.taxFreeAmount()).isEqualByComparingTo("100.00");
        assertThat(report.incomeTax().tax()).isEqualByComparingTo("1.00");
        assertThat(ExportSales.of(inventory, "E-NOT-SUMMARISED", result, true)).allSatisfy(s -> assertThat(s.declaredAtZoneCustoms()).isFalse());
    }

    private Ceb622Message inventoryReceipt(String status) {
        return Ceb622Message.builder().guid(G + "10").addInventoryReturn(InventoryReturn.builder().guid(head.guid())
                .customsCode(head.customsCode()).ebpCode(head.ebpCode()).ebcCode(head.ebcCode()).agentCode(head.agentCode())
                .copNo(head.copNo()).preNo("B51002026000000123").invtNo(INVT_NO).returnStatus(status).returnTime(RELEASED)
                .returnInfo("").build()).build();
    }

    private Ceb626Message returnReceipt(String status) {
        return Ceb626Message.builder().guid(G + "11").addInvtRefundReturn(InvtRefundReturn.builder().guid(G + "12")
                .customsCode(head.customsCode()).agentCode(head.agentCode()).copNo(head.copNo()).invtNo(INVT_NO).returnStatus(status)
                .returnTime(RELEASED.plusDays(3)).returnInfo("").build()).build();
    }

    private Ceb624Message cancellationReceipt(String status) {
        return Ceb624Message.builder().guid(G + "13").addInvtCancelReturn(InvtCancelReturn.builder().guid(G + "14")
                .customsCode(head.customsCode()).agentCode(head.agentCode()).copNo(head.copNo()).invtNo(INVT_NO).returnStatus(status)
                .returnTime(RELEASED).returnInfo("").build()).build();
    }

    private Ceb816Message taxBill() {
        return Ceb816Message.builder().guid(G + "15").addTaxBill(TaxBill.builder().taxHeadRd(TaxHeadRd.builder().guid(G + "16")
                        .returnTime(RELEASED).invtNo(INVT_NO).taxNo(TAX_NO).customsTax(BigDecimal.ZERO).valueAddedTax(new BigDecimal("15.47"))
                        .consumptionTax(BigDecimal.ZERO).status(TaxStatus.GENERATED).assureCode(head.assureCode()).ebcCode(head.ebcCode())
                        .logisticsCode(head.logisticsCode()).agentCode(head.agentCode()).customsCode(head.customsCode()).build())
                .addTaxListRd(TaxListRd.builder().gnum(1).gcode("3304990099").taxPrice(new BigDecimal("170.00")).customsTax(BigDecimal.ZERO)
                        .valueAddedTax(new BigDecimal("15.47")).consumptionTax(BigDecimal.ZERO).build())
                .build()).build();
    }

    private Ceb818Message status(TaxStatus status, String entDutyNo) {
        return Ceb818Message.builder().guid(G + "17").addTaxState(TaxState.builder().taxHeadStatus(TaxHeadStatus.builder().guid(G + "18")
                .returnTime(RELEASED.plusDays(31)).invtNo(INVT_NO).taxNo(TAX_NO).status(status).entDutyNo(entDutyNo)
                .assureCode(head.assureCode()).build()).build()).build();
    }
}
