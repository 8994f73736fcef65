package org.cbec.customs.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.cbec.customs.codes.AppStatus;
import org.cbec.customs.codes.AppType;
import org.cbec.customs.codes.CountryCode;
import org.cbec.customs.codes.IdType;
import org.cbec.customs.codes.TradeMode;
import org.cbec.customs.common.BaseTransfer;

/**
 * A consistent import parcel: the order of {@link Orders} with its payment, waybill and inventory, all business-valid
 * and in agreement (四单一致). Shared with other modules' tests through the sdk-customs test-jar.
 *
 * <pre>{@code
 * ParcelCheck.of(Parcels.order(), Parcels.payment(), Parcels.waybill(), Parcels.inventory()).findings(); // []
 * }</pre>
 */
public final class Parcels {

    static final LocalDateTime APP_TIME = LocalDateTime.of(2026, 11, 23, 10, 30, 0);
    static final String LOGISTICS_NO = "LP2026112300001";

    private Parcels() {
    }

    public static Order order() {
        return Orders.valid().orders().get(0);
    }

    public static PaymentHead payment() {
        OrderHead o = order().orderHead();
        return PaymentHead.builder().guid("4CDE1CFD-EDED-46B1-946C-B8022E42FC95").appType(AppType.ADD).appTime(APP_TIME)
                .appStatus(AppStatus.DECLARE).payCode(o.payCode()).payName(o.payName()).payTransactionId(o.payTransactionId())
                .orderNo(o.orderNo()).ebpCode(o.ebpCode()).ebpName(o.ebpName()).payerIdType(IdType.RESIDENT_ID_CARD)
                .payerIdNumber(o.buyerIdNumber()).payerName(o.buyerName()).telephone(o.buyerTelephone())
                .amountPaid(o.acturalPaid()).payTime(APP_TIME.minusMinutes(5)).build();
    }

    public static LogisticsHead waybill() {
        OrderHead o = order().orderHead();
        return LogisticsHead.builder().guid("4CDE1CFD-EDED-46B1-946C-B8022E42FC96").appType(AppType.ADD).appTime(APP_TIME)
                .appStatus(AppStatus.DECLARE).logisticsCode("1105910160").logisticsName("速达国际物流有限公司")
                .logisticsNo(LOGISTICS_NO).orderNo(o.orderNo()).freight(o.freight()).insuredFee(BigDecimal.ZERO)
                .weight(new BigDecimal("1.2")).packNo(1).goodsInfo("商品1×2，商品2×3").consignee(o.consignee())
                .consigneeAddress(o.consigneeAddress()).consigneeTelephone(o.consigneeTelephone()).build();
    }

    public static Inventory inventory() {
        Order order = order();
        OrderHead o = order.orderHead();
        LogisticsHead w = waybill();
        Inventory.Builder inv = Inventory.builder().inventoryHead(InventoryHead.builder()
                .guid("4CDE1CFD-EDED-46B1-946C-B8022E42FC97").appType(AppType.ADD).appTime(APP_TIME).appStatus(AppStatus.DECLARE)
                .orderNo(o.orderNo()).ebpCode(o.ebpCode()).ebpName(o.ebpName()).ebcCode(o.ebcCode()).ebcName(o.ebcName())
                .logisticsNo(w.logisticsNo()).logisticsCode(w.logisticsCode()).logisticsName(w.logisticsName())
                .copNo("COP2026112300001").assureCode(o.ebcCode()).ieFlag("I").declTime(LocalDate.of(2026, 11, 23))
                .customsCode("5100").portCode("5100").buyerIdType(IdType.RESIDENT_ID_CARD).buyerIdNumber(o.buyerIdNumber())
                .buyerName(o.buyerName()).buyerTelephone(o.buyerTelephone()).consigneeAddress(o.consigneeAddress())
                .agentCode(o.ebcCode()).agentName(o.ebcName()).tradeMode(TradeMode.RETAIL_9610).trafMode("5")
                .trafNo("CA1234").voyageNo("CA1234").billNo("999-12345678").country(CountryCode.JAPAN).freight(o.freight())
                .insuredFee(BigDecimal.ZERO).packNo(1).grossWeight(new BigDecimal("1.2")).netWeight(new BigDecimal("1.0"))
                .build());
        for (OrderList l : order.orderList()) {
            inv.addInventoryList(InventoryList.builder().gnum(l.gnum()).itemNo(l.itemNo()).itemName(l.itemName())
                    .gcode("3304990099").gname(l.itemName()).gmodel(l.gmodel()).country(l.country()).qty(l.qty())
                    .unit(l.unit()).qty1(l.qty()).unit1(l.unit()).price(l.price()).totalPrice(l.totalPrice()).build());
        }
        return inv.build();
    }

    static BaseTransfer transfer() {
        return BaseTransfer.builder().copCode("1105910159").copName("东方物通科技(北京)有限公司").dxpId("DXPENT0000458763").build();
    }

    /** The payment as a CEB411 message. */
    public static Ceb411Message paymentMessage() {
        return Ceb411Message.builder().guid("B1F2A0C3-0000-4000-8000-000000000411")
                .addPayment(Payment.builder().paymentHead(payment()).build()).baseTransfer(transfer()).build();
    }

    /** The waybill as a CEB511 message. */
    public static Ceb511Message waybillMessage() {
        return Ceb511Message.builder().guid("B1F2A0C3-0000-4000-8000-000000000511")
                .addLogistics(Logistics.builder().logisticsHead(waybill()).build()).baseTransfer(transfer()).build();
    }

    /** The inventory as a CEB621 message (unsigned: sign it before sending, its schema requires ds:Signature). */
    public static Ceb621Message inventoryMessage() {
        return Ceb621Message.builder().guid("B1F2A0C3-0000-4000-8000-000000000621")
                .addInventory(inventory()).baseTransfer(transfer()).build();
    }
}
