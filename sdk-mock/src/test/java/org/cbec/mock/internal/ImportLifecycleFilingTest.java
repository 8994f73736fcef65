package org.cbec.mock.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.cbec.tax.TaxRateTables;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.cbec.core.CebCodec;
import org.cbec.core.envelope.TransInfo;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.CustomsTime;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.customs.codes.AppType;
import org.cbec.customs.common.BaseTransfer;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.customs.imports.Ceb816Message;
import org.cbec.customs.imports.Ceb818Message;
import org.cbec.customs.imports.Inventory;
import org.cbec.customs.imports.Orders;
import org.cbec.customs.imports.Parcels;
import org.cbec.customs.lifecycle.Cancellation;
import org.cbec.customs.lifecycle.FiledInventory;
import org.cbec.customs.lifecycle.ImportReturn;
import org.cbec.customs.lifecycle.LifecycleRules;
import org.cbec.tax.CbecTax;
import org.cbec.tax.TaxableParcels;
import org.cbec.tax.spi.TaxRateTable;
import org.junit.jupiter.api.Test;

/**
 * The mock's import lifecycle without HTTP: what it answers a cancellation, return or change with, as customs would, and
 * that every receipt, tax bill and tax status it emits for them is valid against the official import schema.
 */
class ImportLifecycleFilingTest {

    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
    private static final Duration GAP = Duration.ofMinutes(1);
    private static final CebCodec WRITER = CebCodec.builder().writeCheck(CebCodec.WriteCheck.NONE).build();
    private static final BaseTransfer TRANSFER = BaseTransfer.builder().copCode("1105910159").copName("示例报关有限公司").dxpId("DXPENT0000458763").build();
    private static final TransInfo FROM = TransInfo.builder().copMsgId("TEST").senderId("DXPENT0000458763")
            .receiverId(TransInfo.IMPORT_RECEIVER).creatTime(Clock.fixed(T0, ZoneOffset.UTC)).msgType("CEB621Message").build();

    private final MockState state = ReturnedFilingTest.state();
    private final Ceb621Message message = Parcels.inventoryMessage();
    private final Inventory inventory = message.inventorys().get(0);

    /** Files the inventory at T0 through 2 → 120 → 399 → 800, a minute apart; returns the CEB816 it got and its invtNo. */
    private List<CebMessage> fileReleased() {
        Filing filing = Filing.of(message, state, FROM).orElseThrow();
        List<CebMessage> sent = new java.util.ArrayList<>();
        Instant due = T0;
        for (String status : List.of("2", "120", "399", "800")) {
            due = due.plus(GAP);
            sent.add(filing.receipt(status, "回执", CustomsTime.of(due)));
            sent.addAll(filing.after(status, due, CustomsTime.of(due)));
        }
        return sent;
    }

    private String invtNo() {
        return state.imports().invtNoOf(inventory.inventoryHead().copNo()).orElseThrow();
    }

    private FiledInventory filed(Instant at) {
        return state.imports().byInvtNo(invtNo(), at).orElseThrow();
    }

    @Test
    void everyImportReceiptTaxBillAndTaxStatusTheMockEmitsIsValidAgainstTheOfficialSchema() {
        List<CebMessage> sent = new java.util.ArrayList<>(fileReleased());
        for (CebMessage order : List.of(Orders.valid(), Parcels.paymentMessage(), Parcels.waybillMessage())) {
            sent.add(Filing.of(order, state, FROM).orElseThrow().receipt("120", "入库", CustomsTime.of(T0)));
        }
        Instant later = T0.plus(Duration.ofDays(1));
        sent.addAll(AfterRelease.returned(ImportReturn.whole(filed(later), "退货").message(TRANSFER, later), state,
                CustomsTime.of(later)));
        state.taxes().summarise(later).forEach(u -> sent.add(u.message()));

        assertThat(sent).extracting(m -> m.spec().messageType()).contains("CEB312", "CEB412", "CEB512", "CEB622", "CEB816", "CEB818");
        for (CebMessage m : sent) {
            OfficialSpec.assertValid(WRITER.write(m), "ceb-import-202205.xsd");
        }
    }

    @Test
    void taxBillIsSdkTaxsAssessmentOfTheParcelWithFreightInsuranceAndConsumptionTax() {
        Ceb816Message bill = (Ceb816Message) fileReleased().stream().filter(m -> m instanceof Ceb816Message).findFirst().orElseThrow();

        var head = bill.taxBills().get(0).taxHeadRd();
        var expected = CbecTax.builder().rateTable(TaxRateTables.sample()).build().estimate(TaxableParcels.of(inventory), BigDecimal.ZERO);
        assertThat(head.valueAddedTax()).isEqualByComparingTo(expected.due().vat());
        assertThat(head.consumptionTax()).isEqualByComparingTo(expected.due().consumptionTax()).isPositive();
        assertThat(head.invtNo()).isEqualTo(invtNo());
        assertThat(bill.taxBills().get(0).taxListRds()).hasSize(inventory.inventoryList().size());
    }

    @Test
    void returnIsRefusedBeforeReleaseAndOverTheReleasedQuantityAndAcceptedWithinTheRules() {
        fileReleased();
        Instant beforeRelease = T0.plus(GAP.multipliedBy(2));
        Instant afterRelease = T0.plus(GAP.multipliedBy(5));
        int gnum = inventory.inventoryList().get(0).gnum();
        BigDecimal qty = inventory.inventoryList().get(0).qty();

        assertThat(refusal(ImportReturn.whole(FiledInventory.released(inventory, invtNo(), CustomsTime.of(afterRelease)), "退货")
                .message(TRANSFER, afterRelease), beforeRelease)).hasValueSatisfying(r -> assertThat(r).contains("not released"));
        FiledInventory released = filed(afterRelease);
        assertThat(refusal(ImportReturn.of(released, List.of(new ImportReturn.Line(gnum, BigDecimal.ONE)), "退货").message(TRANSFER, afterRelease),
                afterRelease)).isEmpty();
        var tooMany = ImportReturn.of(released, List.of(new ImportReturn.Line(gnum, BigDecimal.ONE)), "退货").message(TRANSFER, afterRelease);
        var refund = tooMany.invtRefunds().get(0);
        var over = tooMany.toBuilder().invtRefunds(List.of(refund.toBuilder().invtRefundList(List.of(refund.invtRefundList().get(0).toBuilder()
                .qty(qty.add(BigDecimal.ONE)).build())).build())).build();
        assertThat(refusal(over, afterRelease)).hasValueSatisfying(r -> assertThat(r).contains("released and not yet returned"));
        var unknown = tooMany.toBuilder().invtRefunds(List.of(refund.toBuilder().invtRefundHead(refund.invtRefundHead().toBuilder()
                .invtNo("I51009999999999999").build()).build())).build();
        assertThat(refusal(unknown, afterRelease)).hasValueSatisfying(r -> assertThat(r).contains("不存在清单编号为[I51009999999999999]"));
    }

    @Test
    void cancellationFollowsTheRulesAfterReleaseAndACancelledInventoryIsNotCancelledAgain() {
        fileReleased();
        Instant afterRelease = T0.plus(GAP.multipliedBy(5));
        var cancel = Cancellation.of(filed(afterRelease), "拒收").message(TRANSFER, afterRelease);

        assertThat(refusal(cancel, afterRelease)).isEmpty();
        assertThat(refusal(cancel, afterRelease.plus(Duration.ofDays(31)))).hasValueSatisfying(r -> assertThat(r).startsWith("-623005"));
        MockState strict = new MockState(state.exports(), state.imports(), state.taxes(),
                LifecycleRules.ofDefaults().withCancellationAfterRelease(java.time.Period.ZERO));
        assertThat(Filing.of(cancel, strict, FROM).orElseThrow().refusal(afterRelease)).isPresent();

        List<CebMessage> voided = Filing.of(cancel, state, FROM).orElseThrow().after("399", afterRelease, CustomsTime.of(afterRelease));
        assertThat(voided).singleElement().isInstanceOf(Ceb818Message.class)
                .satisfies(m -> assertThat(((Ceb818Message) m).taxStates().get(0).taxHeadStatus().status()).isEqualTo("3"));
        assertThat(refusal(cancel, afterRelease.plusSeconds(1))).hasValueSatisfying(r -> assertThat(r).contains("已撤销"));
    }

    @Test
    void changeOfAReleasedInventoryIsRefusedAndOfAnUnknownOneToo() {
        fileReleased();
        Ceb621Message change = message.toBuilder().inventorys(List.of(inventory.toBuilder().inventoryHead(inventory.inventoryHead().toBuilder()
                .appType(AppType.CHANGE).build()).build())).build();
        Ceb621Message unknown = message.toBuilder().inventorys(List.of(inventory.toBuilder().inventoryHead(inventory.inventoryHead().toBuilder()
                .appType(AppType.CHANGE).copNo("COP-NEVER-FILED").build()).build())).build();

        assertThat(refusal(change, T0.plus(GAP))).isEmpty();
        assertThat(refusal(change, T0.plus(GAP.multipliedBy(5)))).hasValueSatisfying(r -> assertThat(r).startsWith("-621012"));
        assertThat(refusal(unknown, T0.plus(GAP))).hasValueSatisfying(r -> assertThat(r).startsWith("-621011"));
    }

    private java.util.Optional<String> refusal(CebMessage m, Instant at) {
        return Filing.of(m, state, FROM).orElseThrow().refusal(at);
    }
}
