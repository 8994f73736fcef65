package org.cbec.customs.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.List;
import org.cbec.core.CebCodec;
import org.cbec.core.model.CustomsTime;
import org.cbec.customs.common.BaseTransfer;
import org.cbec.customs.imports.Ceb623Message;
import org.cbec.customs.imports.Ceb625Message;
import org.cbec.customs.imports.Inventory;
import org.cbec.customs.imports.Parcels;
import org.cbec.customs.receipt.CustomsStatus;
import org.cbec.customs.receipt.CustomsReceipt;
import org.cbec.customs.receipt.ReceiptStatus;
import org.junit.jupiter.api.Test;

/** Cancellations and returns are built from what was filed and refused before sending when they break the rules. */
class LifecycleTest {

    private static final LocalDateTime RELEASED = LocalDateTime.of(2026, 11, 23, 12, 0);
    private static final String INVT_NO = "I51002026000000123";
    private static final BaseTransfer TRANSFER = BaseTransfer.builder().copCode("1105910159").copName("示例报关有限公司").dxpId("DXPENT0000458763").build();

    private final CebCodec codec = CebCodec.ofDefaults();
    private final Inventory inventory = Parcels.inventory();

    @Test
    void filedInventoryTakesItsNumberStandingAndReleaseTimeFromItsOwnReceiptsInAnyOrder() {
        String guid = inventory.inventoryHead().guid();
        List<CustomsReceipt> receipts = List.of(receipt(guid, "800", RELEASED), receipt(guid, "120", RELEASED.minusHours(2)),
                receipt("OTHER-GUID", "100", RELEASED));

        FiledInventory filed = FiledInventory.of(inventory, receipts);

        assertThat(filed.invtNo()).isEqualTo(INVT_NO);
        assertThat(filed.status()).isEqualTo(CustomsStatus.RELEASED);
        assertThat(filed.releasedAt()).isEqualTo(RELEASED);
        assertThat(FiledInventory.of(inventory, List.of()).invtNo()).isNull();
    }

    @Test
    void cancellationBeforeReleaseCarriesTheInventorysPartiesAndReasonAndIsValid() {
        FiledInventory entered = FiledInventory.entered(inventory, INVT_NO, CustomsStatus.CONCLUDED);

        Ceb623Message m = Cancellation.of(entered, "买家取消订单").message(TRANSFER, at(RELEASED));

        assertThat(codec.validate(m).errors()).isEmpty();
        assertThat(m.invtCancels().get(0).invtNo()).isEqualTo(INVT_NO);
        assertThat(m.invtCancels().get(0).orderNo()).isEqualTo(inventory.inventoryHead().orderNo());
        assertThat(m.invtCancels().get(0).buyerIdNumber()).isEqualTo(inventory.inventoryHead().buyerIdNumber());
        assertThat(m.invtCancels().get(0).reason()).isEqualTo("买家取消订单");
    }

    @Test
    void releasedInventoryIsCancelledOnlyWithinTheConfiguredWindowAfterRelease() {
        FiledInventory released = FiledInventory.released(inventory, INVT_NO, RELEASED);

        assertThat(Cancellation.of(released, "拒收").problems(at(RELEASED.plusDays(30)))).isEmpty();
        assertThat(Cancellation.of(released, "拒收").problems(at(RELEASED.plusDays(31)))).extracting(LifecycleFinding::rule)
                .containsExactly(LifecycleRule.CANCELLATION_AFTER_RELEASE);
        assertThat(Cancellation.of(released, "拒收").rules(LifecycleRules.ofDefaults().withCancellationAfterRelease(Period.ZERO))
                .problems(at(RELEASED.plusHours(1)))).extracting(LifecycleFinding::rule).containsExactly(LifecycleRule.CANCELLATION_AFTER_RELEASE);
    }

    @Test
    void cancellationNeedsAnEnteredAcceptedInventoryAndAReason() {
        assertThat(Cancellation.of(FiledInventory.of(inventory, List.of()), "x").problems(at(RELEASED))).extracting(LifecycleFinding::rule)
                .containsExactly(LifecycleRule.NOT_ENTERED);
        assertThat(Cancellation.of(FiledInventory.entered(inventory, INVT_NO, CustomsStatus.REJECTED), "x").problems(at(RELEASED)))
                .extracting(LifecycleFinding::rule).containsExactly(LifecycleRule.NOT_ACCEPTED);
        assertThatThrownBy(() -> Cancellation.of(FiledInventory.entered(inventory, INVT_NO, CustomsStatus.ENTERED), " ").message(TRANSFER, at(RELEASED)))
                .isInstanceOf(LifecycleException.class).hasMessageContaining("CEB-L009").hasMessageContaining("InvtCancel.reason (原因)")
                .satisfies(e -> assertThat(((LifecycleException) e).code()).isEqualTo("LIFECYCLE_RULE"));
    }

    @Test
    void returnOfReleasedLinesWithinTheWindowIsValidAndNamesTheReleasedInventory() {
        FiledInventory released = FiledInventory.released(inventory, INVT_NO, RELEASED);
        int gnum = inventory.inventoryList().get(0).gnum();

        Ceb625Message m = ImportReturn.of(released, List.of(new ImportReturn.Line(gnum, BigDecimal.ONE)), "尺码不合适")
                .message(TRANSFER, at(RELEASED.plusDays(10)));

        assertThat(codec.validate(m).errors()).isEmpty();
        assertThat(m.invtRefunds().get(0).invtRefundHead().invtNo()).isEqualTo(INVT_NO);
        assertThat(m.invtRefunds().get(0).invtRefundList()).singleElement()
                .satisfies(l -> assertThat(l.qty()).isEqualByComparingTo("1"))
                .satisfies(l -> assertThat(l.gcode()).isEqualTo(inventory.inventoryList().get(0).gcode()));
        assertThat(ImportReturn.whole(released, "七天无理由").lines()).hasSize(inventory.inventoryList().size());
    }

    @Test
    void returnIsRefusedForAnUnreleasedInventoryAfterTheWindowAndForMoreThanWasReleased() {
        FiledInventory released = FiledInventory.released(inventory, INVT_NO, RELEASED);
        int gnum = inventory.inventoryList().get(0).gnum();
        BigDecimal qty = inventory.inventoryList().get(0).qty();

        assertThat(ImportReturn.whole(FiledInventory.entered(inventory, INVT_NO, CustomsStatus.INSPECTION), "x").problems(at(RELEASED)))
                .extracting(LifecycleFinding::rule).containsExactly(LifecycleRule.RETURN_NOT_RELEASED);
        assertThat(ImportReturn.whole(released, "x").problems(at(RELEASED.plusDays(31)))).extracting(LifecycleFinding::rule)
                .containsExactly(LifecycleRule.RETURN_WINDOW);
        assertThat(ImportReturn.whole(released, "x").rules(LifecycleRules.ofDefaults().withReturnApplicationWindow(Period.ofDays(60)))
                .problems(at(RELEASED.plusDays(31)))).isEmpty();
        assertThat(ImportReturn.of(released, List.of(new ImportReturn.Line(gnum, qty.add(BigDecimal.ONE))), "x").problems(at(RELEASED)))
                .singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("InvtRefundList[gnum=" + gnum + "].qty"))
                .satisfies(f -> assertThat(f.rule()).isEqualTo(LifecycleRule.RETURN_QUANTITY));
        assertThat(ImportReturn.of(released.withReturned(gnum, qty), List.of(new ImportReturn.Line(gnum, BigDecimal.ONE)), "x").problems(at(RELEASED)))
                .extracting(LifecycleFinding::rule).containsExactly(LifecycleRule.RETURN_QUANTITY);
        assertThat(ImportReturn.of(released, List.of(new ImportReturn.Line(99, BigDecimal.ONE)), "x").problems(at(RELEASED)))
                .extracting(LifecycleFinding::rule).containsExactly(LifecycleRule.RETURN_LINE_UNKNOWN);
        assertThat(ImportReturn.whole(released, "x").atCustoms("2200").problems(at(RELEASED))).extracting(LifecycleFinding::rule)
                .containsExactly(LifecycleRule.RETURN_CUSTOMS);
        assertThat(ImportReturn.whole(released, "x").atCustoms("2200").rules(LifecycleRules.ofDefaults().withReturnAtOtherCustoms(true))
                .problems(at(RELEASED))).isEmpty();
    }

    private static Instant at(LocalDateTime chinaTime) {
        return CustomsTime.toInstant(chinaTime);
    }

    private static CustomsReceipt receipt(String guid, String status, LocalDateTime time) {
        return new CustomsReceipt("CEB622", guid, "COP2026112300001", null, INVT_NO, null, "B51002026000000123", null, ReceiptStatus.of(status), time, "");
    }
}
