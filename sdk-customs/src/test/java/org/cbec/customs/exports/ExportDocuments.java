package org.cbec.customs.exports;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.cbec.customs.codes.AppStatus;
import org.cbec.customs.codes.AppType;
import org.cbec.customs.codes.CurrencyCode;
import org.cbec.customs.codes.ExportOrderType;

/**
 * The order (CEB303), collection receipt (CEB403) and waybill (CEB505) of the export parcel of {@link Inventories}: a
 * 9610 order {@code EXP-ORDER-0001} of 2 × 50 CNY Bluetooth headsets plus 10 CNY freight, shipped on waybill
 * {@code LN2026112300001}; they agree with {@code Inventories.of(Inventories.head().build(), Inventories.line(1,
 * "8518300000", "502", "2", "50"))}.
 *
 * <pre>{@code
 * ExportParcelCheck.of(ExportDocuments.order(ExportOrderType.B2C, "100.00"), ExportDocuments.collection("110.00"),
 *         ExportDocuments.waybill("LN2026112300001"), inventory).findings(); // empty
 * }</pre>
 */
public final class ExportDocuments {

    private static final LocalDateTime T = LocalDateTime.of(2026, 11, 23, 10, 0);

    private ExportDocuments() {
    }

    /** The order of {@code type} for goods worth {@code goodsValue} CNY. */
    public static Order order(ExportOrderType type, String goodsValue) {
        return Order.builder().orderHead(OrderHead.builder().guid("5D2C0A1E-0000-4000-8000-000000000303").appType(AppType.ADD).appTime(T)
                        .appStatus(AppStatus.DECLARE).orderType(type).orderNo("EXP-ORDER-0001").ebpCode("4403960ABC").ebpName("深圳跨境平台有限公司")
                        .ebcCode("4403960EBC").ebcName("深圳卖家有限公司").goodsValue(new BigDecimal(goodsValue)).freight(BigDecimal.TEN)
                        .currency(CurrencyCode.CNY).build())
                .addOrderList(OrderList.builder().gnum(1).itemNo("SKU-1").itemName("蓝牙耳机1").unit("007").currency(CurrencyCode.CNY)
                        .qty(new BigDecimal("2")).price(new BigDecimal("50")).totalPrice(new BigDecimal("100")).build())
                .build();
    }

    /** The collection receipt of the order, for {@code charge} CNY. */
    public static PaymentCollection collection(String charge) {
        return PaymentCollection.builder().guid("5D2C0A1E-0000-4000-8000-000000000403").appType(AppType.ADD).appTime(T).appStatus(AppStatus.DECLARE)
                .ebpCode("4403960ABC").ebpName("深圳跨境平台有限公司").ebcCode("4403960EBC").ebcName("深圳卖家有限公司").orderNo("EXP-ORDER-0001")
                .payCode("4403960PAY").payName("示例支付").payNo("PAY-1").charge(new BigDecimal(charge)).currency(CurrencyCode.CNY)
                .accountingDate(T).build();
    }

    /** The waybill numbered {@code logisticsNo}. */
    public static Logistics waybill(String logisticsNo) {
        return Logistics.builder().guid("5D2C0A1E-0000-4000-8000-000000000505").appType(AppType.ADD).appTime(T).appStatus(AppStatus.DECLARE)
                .logisticsCode("4403980XYZ").logisticsName("深圳国际物流有限公司").logisticsNo(logisticsNo).freight(BigDecimal.TEN)
                .insuredFee(BigDecimal.ZERO).currency(CurrencyCode.CNY).grossWeight(new BigDecimal("1.2")).packNo(1).goodsInfo("耳机")
                .ebcCode("4403960EBC").ebcName("深圳卖家有限公司").ebcTelephone("075512345678").build();
    }
}
