package org.cbec.customs.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.cbec.customs.codes.CurrencyCode;
import org.cbec.customs.codes.ExportOrderType;
import org.cbec.customs.exports.ExportDocuments;
import org.cbec.customs.exports.Inventories;
import org.cbec.customs.exports.Inventory;
import org.cbec.customs.exports.Logistics;
import org.cbec.customs.exports.Order;
import org.cbec.customs.exports.PaymentCollection;
import org.junit.jupiter.api.Test;

/** The export 四单 check: order, collection receipt, waybill and inventory of one export parcel agree. */
class ExportParcelCheckTest {

    private final Inventory inventory = Inventories.of(Inventories.head().build(), Inventories.line(1, "8518300000", "502", "2", "50"));

    @Test
    void consistentRetailExportParcelHasNoFindings() {
        assertThat(ExportParcelCheck.of(order(ExportOrderType.B2C, "100.00"), collection("110.00"), waybill("LN2026112300001"), inventory)
                .findings()).isEmpty();
    }

    @Test
    void orderTypeMustFitTheTradeModeOfTheInventory() {
        Inventory overseas = Inventories.of(Inventories.head().tradeMode("9810").build(), Inventories.line(1, "8518300000", "502", "2", "50"));

        assertThat(ExportParcelCheck.of(order(ExportOrderType.B2C, "100.00"), null, null, overseas).findings())
                .singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo(ParcelRule.ORDER_TYPE))
                .satisfies(f -> assertThat(f.message()).contains("1210 or 9610"));
        assertThat(ExportParcelCheck.of(order(ExportOrderType.OVERSEAS_WAREHOUSE, "100.00"), null, null, overseas).findings()).isEmpty();
    }

    @Test
    void collectedAmountWaybillNumberCurrencyAndLinesAreCompared() {
        Order order = order(ExportOrderType.B2C, "100.00");
        PaymentCollection shortPaid = collection("99.00").toBuilder().currency(CurrencyCode.USD).build();

        assertThat(ExportParcelCheck.of(order, shortPaid, waybill("LN-OTHER"), inventory).findings()).extracting(f -> f.rule().code())
                .containsExactly("CEB-P007", "CEB-P009", "CEB-P014");
        Order otherQty = order.toBuilder().orderList(java.util.List.of(order.orderList().get(0).toBuilder().qty(new BigDecimal("3"))
                .totalPrice(new BigDecimal("150")).build())).build();
        assertThat(ExportParcelCheck.of(otherQty, null, null, inventory).findings()).extracting(Finding::rule)
                .containsOnly(ParcelRule.GOODS_LINES);
    }

    private static Order order(ExportOrderType type, String goodsValue) {
        return ExportDocuments.order(type, goodsValue);
    }

    private static PaymentCollection collection(String charge) {
        return ExportDocuments.collection(charge);
    }

    private static Logistics waybill(String logisticsNo) {
        return ExportDocuments.waybill(logisticsNo);
    }
}
