package org.cbec.examples;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.cbec.core.CebCodec;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.CustomsTime;
import org.cbec.core.validation.ValidationReport;
import org.cbec.customs.codes.AppStatus;
import org.cbec.customs.codes.AppType;
import org.cbec.customs.codes.CountryCode;
import org.cbec.customs.codes.IdType;
import org.cbec.customs.codes.ImportOrderType;
import org.cbec.customs.codes.TradeMode;
import org.cbec.customs.common.BaseTransfer;
import org.cbec.customs.crosscheck.Finding;
import org.cbec.customs.crosscheck.ParcelCheck;
import org.cbec.customs.imports.Ceb311Message;
import org.cbec.customs.imports.Ceb411Message;
import org.cbec.customs.imports.Ceb511Message;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.customs.imports.Inventory;
import org.cbec.customs.imports.InventoryHead;
import org.cbec.customs.imports.InventoryList;
import org.cbec.customs.imports.Logistics;
import org.cbec.customs.imports.LogisticsHead;
import org.cbec.customs.imports.Order;
import org.cbec.customs.imports.OrderHead;
import org.cbec.customs.imports.OrderList;
import org.cbec.customs.imports.Payment;
import org.cbec.customs.imports.PaymentHead;

/**
 * One retail import parcel (9610) end to end: the platform's order (CEB311), the payment firm's payment (CEB411), the
 * logistics firm's waybill (CEB511) and the broker's inventory (CEB621) built from one set of facts, cross-checked
 * (四单比对), validated and written as files. The payment, waybill and inventory take their shared fields from the
 * order, which is how real systems keep the four in agreement.
 *
 * <p>Run: {@code ./mvnw -B -q -Pdemo -Dexample=org.cbec.examples.ImportParcel -DskipTests package -pl examples -am}; the
 * first argument is the output folder (default: a new temporary folder).
 */
public final class ImportParcel {

    private static final String PLATFORM = "1105910159";
    private static final String PLATFORM_NAME = "示例跨境电商平台有限公司";

    private ImportParcel() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Files.createDirectories(Path.of(args[0])) : Files.createTempDirectory("cbec-import-parcel");
        LocalDateTime now = CustomsTime.now(Clock.systemUTC());

        Order order = order(now);
        PaymentHead payment = payment(order.orderHead(), now);
        LogisticsHead waybill = waybill(order.orderHead(), now);
        Inventory inventory = inventory(order, waybill, now);

        // 1. Cross-check the four before sending anything: customs rejects a parcel whose messages disagree.
        List<Finding> findings = ParcelCheck.of(order, payment, waybill, inventory).findings();
        System.out.println("== 四单比对: " + (findings.isEmpty() ? "consistent" : findings.size() + " findings"));
        findings.forEach(f -> System.out.println("   " + f));

        // 2. Validate and write each message; the inventory must be signed before sending (its schema requires ds:Signature).
        CebCodec codec = CebCodec.ofDefaults();
        List<CebMessage> messages = List.of(
                Ceb311Message.builder().guid(guid()).addOrder(order).baseTransfer(transfer()).build(),
                Ceb411Message.builder().guid(guid()).addPayment(Payment.builder().paymentHead(payment).build()).baseTransfer(transfer()).build(),
                Ceb511Message.builder().guid(guid()).addLogistics(Logistics.builder().logisticsHead(waybill).build()).baseTransfer(transfer()).build(),
                Ceb621Message.builder().guid(guid()).addInventory(inventory).baseTransfer(transfer()).build());
        for (CebMessage m : messages) {
            ValidationReport report = codec.validate(m);
            Path file = dir.resolve(m.spec().rootName() + ".xml");
            Files.write(file, codec.write(m));
            System.out.println("== " + m.spec().messageType() + " " + (report.isValid() ? "valid" : "INVALID " + report.errors()) + " -> " + file);
        }
    }

    private static Order order(LocalDateTime now) {
        return Order.builder()
                .orderHead(OrderHead.builder().guid(guid()).appType(AppType.ADD).appStatus(AppStatus.DECLARE).appTime(now)
                        .orderType(ImportOrderType.IMPORT).orderNo("ORDER-2026-0001")
                        .ebpCode(PLATFORM).ebpName(PLATFORM_NAME).ebcCode(PLATFORM).ebcName(PLATFORM_NAME)
                        .goodsValue(new BigDecimal("160.00")).freight(new BigDecimal("10.00"))
                        .discount(new BigDecimal("5.00")).taxTotal(new BigDecimal("14.70")).acturalPaid(new BigDecimal("179.70"))
                        .buyerRegNo("buyer-0001").buyerName("张三").buyerTelephone("13522652231")
                        .buyerIdType(IdType.RESIDENT_ID_CARD).buyerIdNumber("110101199003074514")
                        .payCode("1105910161").payName("示例支付有限公司").payTransactionId("PAY-2026-0001")
                        .consignee("张三").consigneeTelephone("13522652231").consigneeAddress("北京市海淀区中关村大街1号")
                        .build())
                .addOrderList(line(1, "面霜 50ml", "2", "50.00"))
                .addOrderList(line(2, "洗发水 500ml", "3", "20.00"))
                .build();
    }

    private static OrderList line(int gnum, String name, String qty, String price) {
        return OrderList.builder().gnum(gnum).itemNo("SKU-" + gnum).itemName(name).gmodel(name).unit("007")
                .qty(new BigDecimal(qty)).price(new BigDecimal(price)).totalPrice(new BigDecimal(qty).multiply(new BigDecimal(price)))
                .country(CountryCode.JAPAN.code()).build();
    }

    private static PaymentHead payment(OrderHead o, LocalDateTime now) {
        return PaymentHead.builder().guid(guid()).appType(AppType.ADD).appStatus(AppStatus.DECLARE).appTime(now)
                .payCode(o.payCode()).payName(o.payName()).payTransactionId(o.payTransactionId())
                .orderNo(o.orderNo()).ebpCode(o.ebpCode()).ebpName(o.ebpName())
                .payerIdType(IdType.RESIDENT_ID_CARD).payerIdNumber(o.buyerIdNumber()).payerName(o.buyerName())
                .amountPaid(o.acturalPaid()).payTime(now).build();
    }

    private static LogisticsHead waybill(OrderHead o, LocalDateTime now) {
        return LogisticsHead.builder().guid(guid()).appType(AppType.ADD).appStatus(AppStatus.DECLARE).appTime(now)
                .logisticsCode("1105910160").logisticsName("示例国际物流有限公司").logisticsNo("LP2026112300001")
                .orderNo(o.orderNo()).freight(o.freight()).insuredFee(BigDecimal.ZERO).weight(new BigDecimal("1.2")).packNo(1)
                .consignee(o.consignee()).consigneeAddress(o.consigneeAddress()).consigneeTelephone(o.consigneeTelephone())
                .build();
    }

    private static Inventory inventory(Order order, LogisticsHead w, LocalDateTime now) {
        OrderHead o = order.orderHead();
        Inventory.Builder inv = Inventory.builder().inventoryHead(InventoryHead.builder().guid(guid()).appType(AppType.ADD)
                .appStatus(AppStatus.DECLARE).appTime(now).orderNo(o.orderNo())
                .ebpCode(o.ebpCode()).ebpName(o.ebpName()).ebcCode(o.ebcCode()).ebcName(o.ebcName())
                .logisticsNo(w.logisticsNo()).logisticsCode(w.logisticsCode()).logisticsName(w.logisticsName())
                .copNo("COP2026112300001").assureCode(o.ebcCode()).ieFlag("I").declTime(LocalDate.from(now))
                .customsCode("5100").portCode("5100").buyerIdType(IdType.RESIDENT_ID_CARD).buyerIdNumber(o.buyerIdNumber())
                .buyerName(o.buyerName()).buyerTelephone(o.buyerTelephone()).consigneeAddress(o.consigneeAddress())
                .agentCode(o.ebcCode()).agentName(o.ebcName()).tradeMode(TradeMode.RETAIL_9610).trafMode("5")
                .trafNo("CA1234").voyageNo("CA1234").billNo("999-12345678").country(CountryCode.JAPAN)
                .freight(o.freight()).insuredFee(w.insuredFee()).packNo(1).grossWeight(w.weight()).netWeight(new BigDecimal("1.0"))
                .build());
        for (OrderList l : order.orderList()) {
            inv.addInventoryList(InventoryList.builder().gnum(l.gnum()).itemNo(l.itemNo()).itemName(l.itemName())
                    .gcode("3304990099").gname(l.itemName()).gmodel(l.gmodel()).country(l.country()).qty(l.qty()).unit(l.unit())
                    .qty1(l.qty()).unit1(l.unit()).price(l.price()).totalPrice(l.totalPrice()).build());
        }
        return inv.build();
    }

    private static BaseTransfer transfer() {
        return BaseTransfer.builder().copCode(PLATFORM).copName(PLATFORM_NAME).dxpId("DXPENT0000458763").build();
    }

    private static String guid() {
        return UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT);
    }
}
