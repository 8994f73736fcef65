package org.cbec.customs.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.cbec.core.CebCodec;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.core.validation.Rule;
import org.cbec.core.validation.Violation;
import org.cbec.customs.codes.AppStatus;
import org.cbec.customs.codes.AppType;
import org.cbec.customs.codes.CurrencyCode;
import org.cbec.customs.codes.ExportOrderType;
import org.cbec.customs.common.BaseTransfer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class Ceb303MessageTest {

    private final CebCodec codec = CebCodec.ofDefaults();

    private static Ceb303Message order(ExportOrderType type, String totalPrice) {
        return Ceb303Message.builder()
                .guid("0A6B818F-EE5D-4E76-AC99-9720101F06FE")
                .addOrder(Order.builder()
                        .orderHead(OrderHead.builder()
                                .guid("4CDE1CFD-EDED-46B1-946C-B8022E42FC94").appType(AppType.ADD)
                                .appTime(LocalDateTime.of(2026, 11, 23, 10, 30)).appStatus(AppStatus.DECLARE)
                                .orderType(type).orderNo("EXP-0001")
                                .ebpCode("无").ebpName("Overseas Warehouse Ltd").ebcCode("4403960EBC").ebcName("深圳卖家有限公司")
                                .goodsValue(new BigDecimal("100")).freight(BigDecimal.ZERO).currency(CurrencyCode.CNY)
                                .build())
                        .addOrderList(OrderList.builder().gnum(1).itemNo("SKU-1").itemName("蓝牙耳机").unit("007")
                                .currency(CurrencyCode.CNY).qty(new BigDecimal("2")).price(new BigDecimal("50"))
                                .totalPrice(new BigDecimal(totalPrice)).build())
                        .build())
                .baseTransfer(BaseTransfer.builder().copCode("4403960EBC").copName("深圳卖家有限公司").dxpId("DXPENT0000458763").build())
                .build();
    }

    @ParameterizedTest
    @EnumSource(ExportOrderType.class)
    void everyExportOrderTypeIsValidSchemaValidAndReadsBackEqual(ExportOrderType type) {
        Ceb303Message order = order(type, "100");

        assertThat(codec.validate(order).violations()).isEmpty();
        byte[] xml = codec.write(order);
        OfficialSpec.assertValid(xml, "ceb-export-202205.xsd");
        assertThat(codec.read(xml, Ceb303Message.SPEC)).isEqualTo(order);
    }

    @Test
    void importOrderTypeIsNotAnExportOrderType() {
        Ceb303Message order = order(ExportOrderType.B2B, "100");
        Ceb303Message imported = order.toBuilder().orders(order.orders().stream()
                .map(o -> o.toBuilder().orderHead(o.orderHead().toBuilder().orderType("I").build()).build()).toList()).build();

        assertThat(codec.validate(imported).errors()).extracting(Violation::path, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Order[1].OrderHead.orderType", Rule.CODE_LIST));
    }

    @Test
    void lineTotalsMustAgreeWithQuantityPriceAndTheHeadsGoodsValue() {
        assertThat(codec.validate(order(ExportOrderType.B2C, "90")).errors()).extracting(Violation::message).containsExactly(
                "OrderList[1].totalPrice 90 is not qty × price = 100.00",
                "OrderHead.goodsValue 100 is not the sum of the lines' totalPrice 90.00");
    }
}
