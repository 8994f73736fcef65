package org.cbec.examples;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cbec.client.status.Status;
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

    /**
     * One product of the parcel.
     *
     * @param name   its name (itemName, gname)
     * @param hsCode its 10-digit commodity code (gcode)
     * @param qty    quantity
     * @param price  unit price in CNY
     */
    record Goods(String name, String hsCode, BigDecimal qty, BigDecimal price) {
        BigDecimal total() {
            return qty.multiply(price).setScale(2, RoundingMode.HALF_UP);
        }
    }

    /**
     * Where the four messages of a released parcel end, each at the last status of its own receipt table: the order,
     * payment and waybill at 120 入库 ({@code ENTERED}; customs sends them no release), the inventory at 800 放行.
     */
    static final Map<String, Status> RELEASED = Map.of("CEB311Message", Status.ENTERED, "CEB411Message", Status.ENTERED,
            "CEB511Message", Status.ENTERED, "CEB621Message", Status.RELEASED);

    /** The four documents of one parcel (四单), built from one set of facts. */
    record Parcel(Order order, PaymentHead payment, LogisticsHead waybill, Inventory inventory) {

        /** The four messages to file: order CEB311, payment CEB411, waybill CEB511, inventory CEB621. */
        List<CebMessage> messages() {
            return List.of(
                    Ceb311Message.builder().guid(guid()).addOrder(order).baseTransfer(transfer()).build(),
                    Ceb411Message.builder().guid(guid()).addPayment(Payment.builder().paymentHead(payment).build()).baseTransfer(transfer()).build(),
                    Ceb511Message.builder().guid(guid()).addLogistics(Logistics.builder().logisticsHead(waybill).build()).baseTransfer(transfer()).build(),
                    Ceb621Message.builder().guid(guid()).addInventory(inventory).baseTransfer(transfer()).build());
        }

        String orderNo() {
            return order.orderHead().orderNo();
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Files.createDirectories(Path.of(args[0])) : Files.createTempDirectory("cbec-import-parcel");
        Parcel parcel = parcel(CustomsTime.now(Clock.systemUTC()));

        // 1. Cross-check the four before sending anything: customs rejects a parcel whose messages disagree.
        List<Finding> findings = ParcelCheck.of(parcel.order(), parcel.payment(), parcel.waybill(), parcel.inventory()).findings();
        System.out.println("== 四单比对: " + (findings.isEmpty() ? "consistent" : findings.size() + " findings"));
        findings.forEach(f -> System.out.println("   " + f));

        // 2. Validate and write each message; the inventory must be signed before sending (its schema requires ds:Signature).
        CebCodec codec = CebCodec.ofDefaults();
        for (CebMessage m : parcel.messages()) {
            ValidationReport report = codec.validate(m);
            Path file = dir.resolve(m.spec().rootName() + ".xml");
            Files.write(file, codec.write(m));
            System.out.println("== " + m.spec().messageType() + " " + (report.isValid() ? "valid" : "INVALID " + report.errors()) + " -> " + file);
        }
    }

    /** The examples' parcel: order ORDER-2026-0001, a face cream and a shampoo, 10.00 CNY freight, 14.70 CNY tax. */
    static Parcel parcel(LocalDateTime now) {
        return parcel(now, "ORDER-2026-0001", new BigDecimal("10.00"), new BigDecimal("14.70"), List.of(
                new Goods("面霜 50ml", "3304990099", new BigDecimal("2"), new BigDecimal("50.00")),
                new Goods("洗发水 500ml", "3305100000", new BigDecimal("3"), new BigDecimal("20.00"))));
    }

    /**
     * A parcel of {@code goods} for order {@code orderNo}: the buyer pays goods + freight + {@code taxTotal} (CNY); the
     * payment, waybill and inventory take their shared fields from the order.
     */
    static Parcel parcel(LocalDateTime now, String orderNo, BigDecimal freight, BigDecimal taxTotal, List<Goods> goods) {
        Order order = order(now, orderNo, freight, taxTotal, goods);
        LogisticsHead waybill = waybill(order.orderHead(), now);
        return new Parcel(order, payment(order.orderHead(), now), waybill, inventory(order, goods, waybill, now));
    }

    private static Order order(LocalDateTime now, String orderNo, BigDecimal freight, BigDecimal taxTotal, List<Goods> goods) {
        BigDecimal goodsValue = goods.stream().map(Goods::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        Order.Builder order = Order.builder()
                .orderHead(OrderHead.builder().guid(guid()).appType(AppType.ADD).appStatus(AppStatus.DECLARE).appTime(now)
                        .orderType(ImportOrderType.IMPORT).orderNo(orderNo)
                        .ebpCode(PLATFORM).ebpName(PLATFORM_NAME).ebcCode(PLATFORM).ebcName(PLATFORM_NAME)
                        .goodsValue(goodsValue).freight(freight).discount(BigDecimal.ZERO.setScale(2)).taxTotal(taxTotal)
                        .acturalPaid(goodsValue.add(freight).add(taxTotal))
                        .buyerRegNo("buyer-0001").buyerName("张三").buyerTelephone("13522652231")
                        .buyerIdType(IdType.RESIDENT_ID_CARD).buyerIdNumber("110101199003074514")
                        .payCode("1105910161").payName("示例支付有限公司").payTransactionId("PAY-" + orderNo)
                        .consignee("张三").consigneeTelephone("13522652231").consigneeAddress("北京市海淀区中关村大街1号")
                        .build());
        for (int i = 0; i < goods.size(); i++) {
            Goods g = goods.get(i);
            order.addOrderList(OrderList.builder().gnum(i + 1).itemNo("SKU-" + (i + 1)).itemName(g.name()).gmodel(g.name()).unit("007")
                    .qty(g.qty()).price(g.price()).totalPrice(g.total()).country(CountryCode.JAPAN.code()).build());
        }
        return order.build();
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
                .logisticsCode("1105910160").logisticsName("示例国际物流有限公司").logisticsNo("LP" + o.orderNo().replaceAll("[^0-9A-Za-z]", ""))
                .orderNo(o.orderNo()).freight(o.freight()).insuredFee(BigDecimal.ZERO).weight(new BigDecimal("1.2")).packNo(1)
                .consignee(o.consignee()).consigneeAddress(o.consigneeAddress()).consigneeTelephone(o.consigneeTelephone())
                .build();
    }

    private static Inventory inventory(Order order, List<Goods> goods, LogisticsHead w, LocalDateTime now) {
        OrderHead o = order.orderHead();
        Inventory.Builder inv = Inventory.builder().inventoryHead(InventoryHead.builder().guid(guid()).appType(AppType.ADD)
                .appStatus(AppStatus.DECLARE).appTime(now).orderNo(o.orderNo())
                .ebpCode(o.ebpCode()).ebpName(o.ebpName()).ebcCode(o.ebcCode()).ebcName(o.ebcName())
                .logisticsNo(w.logisticsNo()).logisticsCode(w.logisticsCode()).logisticsName(w.logisticsName())
                .copNo("COP-" + o.orderNo()).assureCode(o.ebcCode()).ieFlag("I").declTime(LocalDate.from(now))
                .customsCode("5100").portCode("5100").buyerIdType(IdType.RESIDENT_ID_CARD).buyerIdNumber(o.buyerIdNumber())
                .buyerName(o.buyerName()).buyerTelephone(o.buyerTelephone()).consigneeAddress(o.consigneeAddress())
                .agentCode(o.ebcCode()).agentName(o.ebcName()).tradeMode(TradeMode.RETAIL_9610).trafMode("5")
                .trafNo("CA1234").voyageNo("CA1234").billNo("999-12345678").country(CountryCode.JAPAN)
                .freight(o.freight()).insuredFee(w.insuredFee()).packNo(1).grossWeight(w.weight()).netWeight(new BigDecimal("1.0"))
                .build());
        for (OrderList l : order.orderList()) {
            inv.addInventoryList(InventoryList.builder().gnum(l.gnum()).itemNo(l.itemNo()).itemName(l.itemName())
                    .gcode(goods.get(l.gnum() - 1).hsCode()).gname(l.itemName()).gmodel(l.gmodel()).country(l.country()).qty(l.qty()).unit(l.unit())
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
