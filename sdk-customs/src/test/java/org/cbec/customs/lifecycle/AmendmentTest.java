package org.cbec.customs.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.cbec.core.CebCodec;
import org.cbec.core.model.CebMessage;
import org.cbec.customs.imports.Ceb311Message;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.customs.imports.Orders;
import org.cbec.customs.imports.Parcels;
import org.cbec.customs.receipt.CustomsStatus;
import org.junit.jupiter.api.Test;

/** A change (appType 2) or deletion (appType 3) is a new message about the same document, sent only when the rules allow it. */
class AmendmentTest {

    private static final Instant NOW = Instant.parse("2026-11-23T04:00:00Z");

    @Test
    void changeOfARejectedInventoryIsTheSameDocumentWithAppType2NewGuidsAndTheSameNumbers() {
        Ceb621Message filed = Parcels.inventoryMessage();

        Ceb621Message changed = (Ceb621Message) Amendment.change(filed).documentStatus(CustomsStatus.REJECTED).message(NOW);

        assertThat(CebCodec.ofDefaults().validate(changed).errors()).isEmpty();
        assertThat(changed.guid()).isNotEqualTo(filed.guid());
        assertThat(changed.inventorys().get(0).inventoryHead().appType()).isEqualTo("2");
        assertThat(changed.inventorys().get(0).inventoryHead().guid()).isNotEqualTo(filed.inventorys().get(0).inventoryHead().guid());
        assertThat(changed.inventorys().get(0).inventoryHead().copNo()).isEqualTo(filed.inventorys().get(0).inventoryHead().copNo());
        assertThat(changed.inventorys().get(0).inventoryList()).isEqualTo(filed.inventorys().get(0).inventoryList());
    }

    @Test
    void changeAfterConclusionOrReleaseIsRefusedAndPointsToCancellationOrReturn() {
        CebMessage inventory = Parcels.inventoryMessage();
        CebMessage order = Orders.valid();

        assertThat(Amendment.change(inventory).documentStatus(CustomsStatus.ENTERED).problems()).isEmpty();
        assertThat(Amendment.change(inventory).documentStatus(CustomsStatus.RELEASED).problems()).extracting(LifecycleFinding::rule)
                .containsExactly(LifecycleRule.CHANGE_NOT_ALLOWED);
        assertThat(Amendment.change(order).documentStatus(CustomsStatus.ENTERED).parcelInventory(CustomsStatus.RELEASED).problems())
                .singleElement().satisfies(f -> assertThat(f.message()).contains("CEB623"));
        assertThat(Amendment.change(order).documentStatus(CustomsStatus.ENTERED).parcelInventory(CustomsStatus.REJECTED).problems()).isEmpty();
        assertThatThrownBy(() -> Amendment.change(order).message(NOW)).isInstanceOf(LifecycleException.class).hasMessageContaining("CEB-L012");
    }

    @Test
    void deletionOnlyOfAStoredOrFailedDocumentOrOfAnOrderWhoseParcelHasNoAcceptedInventory() {
        CebMessage inventory = Parcels.inventoryMessage();
        Ceb311Message order = Orders.valid();

        assertThat(Amendment.delete(inventory).documentStatus(CustomsStatus.STORED).problems()).isEmpty();
        assertThat(Amendment.delete(inventory).documentStatus(CustomsStatus.ENTERED).problems()).extracting(LifecycleFinding::rule)
                .containsExactly(LifecycleRule.DELETE_NOT_ALLOWED);
        assertThat(Amendment.delete(order).documentStatus(CustomsStatus.ENTERED).problems()).isEmpty();
        assertThat(Amendment.delete(order).documentStatus(CustomsStatus.ENTERED).parcelInventory(CustomsStatus.ENTERED).problems())
                .extracting(LifecycleFinding::rule).containsExactly(LifecycleRule.DELETE_NOT_ALLOWED);
        Ceb311Message deleted = (Ceb311Message) Amendment.delete(order).documentStatus(CustomsStatus.REJECTED).message(NOW);
        assertThat(deleted.orders().get(0).orderHead().appType()).isEqualTo("3");
        assertThat(deleted.orders().get(0).orderHead().orderNo()).isEqualTo(order.orders().get(0).orderHead().orderNo());
    }
}
