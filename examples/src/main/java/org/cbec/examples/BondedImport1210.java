package org.cbec.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.cbec.client.status.Status;
import org.cbec.core.model.CustomsTime;
import org.cbec.customs.codes.AppStatus;
import org.cbec.customs.codes.AppType;
import org.cbec.customs.codes.CountryCode;
import org.cbec.customs.codes.IdType;
import org.cbec.customs.codes.TradeMode;
import org.cbec.customs.common.BaseTransfer;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.customs.imports.Ceb711Message;
import org.cbec.customs.imports.Delivery;
import org.cbec.customs.imports.DeliveryHead;
import org.cbec.customs.imports.DeliveryList;
import org.cbec.customs.imports.Inventory;
import org.cbec.customs.imports.InventoryHead;
import org.cbec.customs.imports.InventoryList;
import org.cbec.mock.MockSingleWindow;

/**
 * Bonded import (1210, 网购保税进口) end to end against an embedded {@link MockSingleWindow}: the bonded-area operator
 * files the inbound details (CEB711, 入库明细单) of a consignment entering its warehouse, answered by CEB712 up to 399
 * 审结; then, as buyers order, the broker files an inventory (CEB621) per parcel drawn from that stock, with trade mode
 * 1210, the fields bonded mode requires (保税模式必填: the operator's account book {@code emsNo}, its code and name
 * {@code areaCode} / {@code areaName}, country 142, each line's {@code itemRecordNo}) and the waybill numbers the
 * inbound details listed, each answered by CEB622 up to 800 放行 (and a CEB816 tax bill).
 *
 * <p>Run: {@code ./mvnw -B -q -Pdemo -Dexample=org.cbec.examples.BondedImport1210 -DskipTests package -pl examples -am}
 */
public final class BondedImport1210 {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String OPERATOR = "5101640001";
    private static final String OPERATOR_NAME = "示例保税物流中心仓储有限公司";
    private static final String PLATFORM = "1105910159";
    private static final String PLATFORM_NAME = "示例跨境电商平台有限公司";
    private static final String LOGISTICS = "1105910160";
    private static final String LOGISTICS_NAME = "示例国际物流有限公司";
    private static final String EMS_NO = "T5101W000001";
    private static final String BILL_NO = "999-12345678";

    /**
     * Where the filing ended.
     *
     * @param inbound     the inbound details' status
     * @param inventories each inventory's status
     */
    public record Outcome(Status inbound, List<Status> inventories) {
    }

    private BondedImport1210() {
    }

    public static void main(String[] args) throws InterruptedException {
        Outcome o = run(System.out, Duration.ofMillis(200));
        System.out.println("== inbound details " + o.inbound() + ", inventories " + o.inventories());
    }

    /** Files the inbound details and the parcels drawn on them, printing each status change on {@code out}. */
    public static Outcome run(PrintStream out, Duration receiptDelay) throws InterruptedException {
        LocalDateTime now = CustomsTime.now(Clock.systemUTC());
        List<String> waybills = List.of("BW2026112300001", "BW2026112300002");
        Ceb711Message inbound = inbound(waybills, now);
        List<Ceb621Message> inventories = List.of(
                inventory("ORDER-1210-0001", waybills.get(0), "面霜 50ml", 2, "50.00", now),
                inventory("ORDER-1210-0002", waybills.get(1), "洗发水 500ml", 3, "20.00", now));

        try (MockFiling filing = MockFiling.start(receiptDelay, out)) {
            out.println("== 1. the inbound details (CEB711) of the consignment entering the bonded warehouse");
            Status entered = filing.fileAndAwait(List.of(inbound), Status.CONCLUDED, TIMEOUT).get(0);
            out.println("== 2. an inventory (CEB621, trade mode 1210) per parcel drawn from that stock");
            List<Status> released = filing.fileAndAwait(inventories, Status.RELEASED, TIMEOUT);
            return new Outcome(entered, released);
        }
    }

    private static Ceb711Message inbound(List<String> waybills, LocalDateTime now) {
        Delivery.Builder delivery = Delivery.builder().deliveryHead(DeliveryHead.builder().guid(guid()).appType(AppType.ADD)
                .appTime(now).appStatus(AppStatus.DECLARE).customsCode("5101").copNo("RK-2026112300001")
                .operatorCode(OPERATOR).operatorName(OPERATOR_NAME).ieFlag("I").trafMode("5").trafNo("CA1234").voyageNo("CA1234")
                .billNo(BILL_NO).logisticsCode(LOGISTICS).logisticsName(LOGISTICS_NAME).build());
        for (int i = 0; i < waybills.size(); i++) {
            delivery.addDeliveryList(DeliveryList.builder().gnum(i + 1).logisticsNo(waybills.get(i)).build());
        }
        return Ceb711Message.builder().guid(guid()).delivery(delivery.build()).baseTransfer(transfer(OPERATOR, OPERATOR_NAME)).build();
    }

    private static Ceb621Message inventory(String orderNo, String logisticsNo, String item, int qty, String price, LocalDateTime now) {
        BigDecimal total = new BigDecimal(price).multiply(BigDecimal.valueOf(qty));
        InventoryHead head = InventoryHead.builder().guid(guid()).appType(AppType.ADD).appStatus(AppStatus.DECLARE).appTime(now)
                .orderNo(orderNo).ebpCode(PLATFORM).ebpName(PLATFORM_NAME).ebcCode(PLATFORM).ebcName(PLATFORM_NAME)
                .logisticsNo(logisticsNo).logisticsCode(LOGISTICS).logisticsName(LOGISTICS_NAME)
                .copNo("COP-" + orderNo).assureCode(PLATFORM).emsNo(EMS_NO).areaCode(OPERATOR).areaName(OPERATOR_NAME).ieFlag("I").declTime(LocalDate.from(now))
                .customsCode("5101").portCode("5101").buyerIdType(IdType.RESIDENT_ID_CARD).buyerIdNumber("110101199003074514")
                .buyerName("张三").buyerTelephone("13522652231").consigneeAddress("北京市海淀区中关村大街1号")
                .agentCode(PLATFORM).agentName(PLATFORM_NAME).tradeMode(TradeMode.BONDED_1210).trafMode("5")
                .country(CountryCode.CHINA)
                .freight(BigDecimal.ZERO).insuredFee(BigDecimal.ZERO).packNo(1).grossWeight(new BigDecimal("1.2")).netWeight(new BigDecimal("1.0"))
                .build();
        InventoryList line = InventoryList.builder().gnum(1).itemRecordNo("10001").itemNo("SKU-" + orderNo).itemName(item).gcode("3304990099").gname(item)
                .gmodel(item).country(CountryCode.JAPAN.code()).qty(BigDecimal.valueOf(qty)).unit("007").qty1(BigDecimal.valueOf(qty))
                .unit1("007").price(new BigDecimal(price)).totalPrice(total).build();
        return Ceb621Message.builder().guid(guid()).addInventory(Inventory.builder().inventoryHead(head).addInventoryList(line).build())
                .baseTransfer(transfer(PLATFORM, PLATFORM_NAME)).build();
    }

    private static BaseTransfer transfer(String copCode, String copName) {
        return BaseTransfer.builder().copCode(copCode).copName(copName).dxpId("DXPENT0000458763").build();
    }

    private static String guid() {
        return UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
    }
}
