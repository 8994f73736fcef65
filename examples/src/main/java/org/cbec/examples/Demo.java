package org.cbec.examples;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.cbec.core.CebCodec;
import org.cbec.core.envelope.DxpEnvelopes;
import org.cbec.core.envelope.DxpMsg;
import org.cbec.core.envelope.TransInfo;
import org.cbec.core.model.CustomsTime;
import org.cbec.core.validation.ValidationReport;
import org.cbec.customs.codes.AppStatus;
import org.cbec.customs.codes.AppType;
import org.cbec.customs.codes.IdType;
import org.cbec.customs.codes.ImportOrderType;
import org.cbec.customs.common.BaseTransfer;
import org.cbec.customs.imports.Ceb311Message;
import org.cbec.customs.imports.Order;
import org.cbec.customs.imports.OrderHead;
import org.cbec.customs.imports.OrderList;

/**
 * The README's demo: a platform builds an import order (CEB311), validates it, writes it and wraps it in the DxpMsg
 * envelope for the exchange platform, and shows what validation says about a broken order. Then it runs
 * {@link Import9610EndToEnd}: a whole parcel (order, payment, waybill, inventory) filed against an embedded
 * {@code MockSingleWindow}, signed with a throwaway SM2 test key, sent over HTTP, each message followed through its
 * receipts to release, and customs' tax bill.
 *
 * <p>Run: {@code ./mvnw -B -q -Pdemo -DskipTests package -pl examples -am}
 */
public final class Demo {

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.systemUTC();
        CebCodec codec = CebCodec.ofDefaults();

        // 1. Build: one order with two goods lines (amounts in CNY, currency 142 by default).
        Ceb311Message order = Ceb311Message.builder()
                .guid("B1F2A0C3-0000-4000-8000-000000000001")
                .addOrder(Order.builder()
                        .orderHead(OrderHead.builder()
                                .guid("4CDE1CFD-EDED-46B1-946C-B8022E42FC94")
                                .appType(AppType.ADD).appStatus(AppStatus.DECLARE).orderType(ImportOrderType.IMPORT)
                                .appTime(CustomsTime.now(clock))
                                .orderNo("ORDER-2026-0001")
                                .ebpCode("1105910159").ebpName("示例跨境电商平台有限公司")
                                .ebcCode("1105910159").ebcName("示例跨境电商平台有限公司")
                                .goodsValue(new BigDecimal("160.00")).freight(new BigDecimal("10.00"))
                                .discount(new BigDecimal("5.00")).taxTotal(new BigDecimal("14.70"))
                                .acturalPaid(new BigDecimal("179.70"))
                                .buyerRegNo("buyer-0001").buyerName("张三").buyerTelephone("13522652231")
                                .buyerIdType(IdType.RESIDENT_ID_CARD).buyerIdNumber("110101199003074514")
                                .consignee("张三").consigneeTelephone("13522652231").consigneeAddress("北京市海淀区中关村大街1号")
                                .build())
                        .addOrderList(line(1, "面霜 50ml", "2", "50.00"))
                        .addOrderList(line(2, "洗发水 500ml", "3", "20.00"))
                        .build())
                .baseTransfer(BaseTransfer.builder().copCode("1105910159").copName("示例跨境电商平台有限公司").dxpId("DXPENT0000458763").build())
                .build();

        // 2. Validate: every rule of the specification, each finding with path, field name and rule.
        ValidationReport report = codec.validate(order);
        System.out.println("== CEB311 validation: " + (report.isValid() ? "valid" : "INVALID") + " (" + report.violations().size() + " findings)");

        // 3. Write: UTF-8 XML in the ceb: namespace, elements in schema order.
        byte[] xml = codec.write(order);
        System.out.println("== CEB311Message (" + xml.length + " bytes)");
        System.out.println(new String(xml, StandardCharsets.UTF_8));

        // 4. Wrap in the DxpMsg terminal-node envelope addressed to the import receiver.
        DxpEnvelopes envelopes = DxpEnvelopes.ofDefaults();
        DxpMsg envelope = envelopes.wrap(xml, TransInfo.builder()
                .copMsgId(order.guid())
                .senderId("DXPENT0000458763")
                .receiverId(TransInfo.IMPORT_RECEIVER)
                .creatTime(clock)
                .msgType("CEB311Message")
                .build());
        System.out.println("\n== DxpMsg envelope");
        System.out.println(new String(envelopes.write(envelope), StandardCharsets.UTF_8));

        // 5. What a broken order looks like: wrong paid amount, a bad ID number, an over-long name.
        Ceb311Message broken = order.toBuilder().orders(order.orders().stream().map(o -> o.toBuilder()
                .orderHead(o.orderHead().toBuilder().acturalPaid(new BigDecimal("180.00")).buyerIdNumber("110101199003074515").build())
                .build()).toList()).build();
        System.out.println("\n== Validation of a broken order");
        codec.validate(broken).violations().forEach(System.out::println);

        // 6. File a whole parcel (order, payment, waybill, inventory) end to end: sign, send and follow every receipt
        //    up to release and the tax bill, against a mock Single Window on loopback.
        System.out.println();
        Import9610EndToEnd.Outcome outcome = Import9610EndToEnd.run(ImportParcel.parcel(CustomsTime.now(clock)), System.out);
        System.out.println("\n== " + (outcome.parcelReleased()
                ? "parcel released: order, payment and waybill entered (120), inventory released (800)"
                : "parcel NOT released: " + outcome.statuses()));
    }

    private static OrderList line(int gnum, String name, String qty, String price) {
        return OrderList.builder().gnum(gnum).itemNo("SKU-" + gnum).itemName(name).gmodel(name).unit("007")
                .qty(new BigDecimal(qty)).price(new BigDecimal(price))
                .totalPrice(new BigDecimal(qty).multiply(new BigDecimal(price))).country("116").build();
    }
}
