package org.cbec.customs.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.cbec.customs.codes.AppStatus;
import org.cbec.customs.codes.AppType;
import org.cbec.customs.codes.CurrencyCode;
import org.cbec.customs.codes.ExportOrderType;
import org.cbec.customs.exports.Inventories;
import org.cbec.customs.exports.Inventory;
import org.cbec.customs.exports.Logistics;
import org.cbec.customs.exports.Order;
import org.cbec.customs.exports.OrderHead;
import org.cbec.customs.exports.OrderList;
import org.cbec.customs.exports.PaymentCollection;
import org.junit.jupiter.api.Test;

/** The export 四单 check: order, collection receipt, waybill and inventory of one export parcel agree. */
class ExportParcelCheckTest {

    private static final LocalDateTime T = LocalDateTime.of(2026, 11, 23, 10, 0);
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
        return Order.builder().orderHead(OrderHead.builder().guid("5D2C0A1E-0000-4000-8000-000000000303").appType(AppType.ADD).appTime(T)
                        .appStatus(AppStatus.DECLARE).orderType(type).orderNo("EXP-ORDER-0001").ebpCode("4403960ABC").ebpName("深圳跨境平台有限公司")
                        .ebcCode("4403960EBC").ebcName("深圳卖家有限公司").goodsValue(new BigDecimal(goodsValue)).freight(BigDecimal.TEN)
                        .currency(CurrencyCode.CNY).build())
                .addOrderList(OrderList.builder().gnum(1).itemNo("SKU-1").itemName("蓝牙耳机1").unit("007").currency(CurrencyCode.CNY)
                        .qty(new BigDecimal("2")).price(new BigDecimal("50")).totalPrice(new BigDecimal("100")).build())
                .build();
    }

    private static PaymentCollection collection(String charge) {
        return PaymentCollection.builder().guid("5D2C0A1E-0000-4000-8000-000000000403").appType(AppType.ADD).appTime(T).appStatus(AppStatus.DECLARE)
                .ebpCode("4403960ABC").ebpName("深圳跨境平台有限公司").ebcCode("4403960EBC").ebcName("深圳卖家有限公司").orderNo("EXP-ORDER-0001")
                .payCode("4403960PAY").payName("示例支付").payNo("PAY-1").charge(new BigDecimal(charge)).currency(CurrencyCode.CNY)
                .accountingDate(T).build();
    }

    private static Logistics waybill(String logisticsNo) {
        return Logistics.builder().guid("5D2C0A1E-0000-4000-8000-000000000505").appType(AppType.ADD).appTime(T).appStatus(AppStatus.DECLARE)
                .logisticsCode("4403980XYZ").logisticsName("深圳国际物流有限公司").logisticsNo(logisticsNo).freight(BigDecimal.TEN)
                .insuredFee(BigDecimal.ZERO).currency(CurrencyCode.CNY).grossWeight(new BigDecimal("1.2")).packNo(1).goodsInfo("耳机")
                .ebcCode("4403960EBC").ebcName("深圳卖家有限公司").ebcTelephone("075512345678").build();
    }
}
