package org.cbec.examples;

import static org.cbec.examples.ExportParcels.AGENT_CODE;
import static org.cbec.examples.ExportParcels.AGENT_NAME;
import static org.cbec.examples.ExportParcels.LOGISTICS_CODE;
import static org.cbec.examples.ExportParcels.LOGISTICS_NAME;
import static org.cbec.examples.ExportParcels.PLATFORM_CODE;
import static org.cbec.examples.ExportParcels.PLATFORM_NAME;
import static org.cbec.examples.ExportParcels.SELLER_CODE;
import static org.cbec.examples.ExportParcels.SELLER_NAME;
import static org.cbec.examples.ExportParcels.guid;
import static org.cbec.examples.ExportParcels.transfer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cbec.core.CebCodec;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.CustomsTime;
import org.cbec.core.model.MessageSpec;
import org.cbec.core.validation.ValidationReport;
import org.cbec.customs.codes.AppStatus;
import org.cbec.customs.codes.AppType;
import org.cbec.customs.codes.CurrencyCode;
import org.cbec.customs.exports.Ceb303Message;
import org.cbec.customs.exports.Ceb505Message;
import org.cbec.customs.exports.Ceb603Message;
import org.cbec.customs.exports.Logistics;
import org.cbec.customs.exports.Order;
import org.cbec.customs.exports.OrderHead;
import org.cbec.customs.exports.OrderList;
import org.cbec.customs.flow.ExportFlow;
import org.cbec.customs.flow.ExportMode;
import org.cbec.customs.flow.ExportStep;

/**
 * A B2B direct export (9710): the seller's order to a foreign business buyer (orderType B), the waybill and the
 * inventory with trade mode 9710, each built, validated and written in the order {@link ExportFlow} gives, with the
 * receipt each waits for.
 *
 * <p>Run: {@code ./mvnw -B -q -Pdemo -Dexample=org.cbec.examples.B2bExport9710 -DskipTests package -pl examples -am}
 */
public final class B2bExport9710 {

    private B2bExport9710() {
    }

    public static void main(String[] args) {
        Clock clock = Clock.systemUTC();
        LocalDateTime now = CustomsTime.now(clock);
        ExportMode mode = ExportMode.B2B_9710;
        CebCodec codec = CebCodec.ofDefaults();
        String orderNo = "B2B-2026-0001";
        String logisticsNo = "SZX2026000001";
        int qty = 500;
        String price = "48.00";
        BigDecimal value = new BigDecimal(price).multiply(BigDecimal.valueOf(qty));

        Map<String, CebMessage> messages = new LinkedHashMap<>();
        messages.put("CEB303", Ceb303Message.builder()
                .guid(guid())
                .addOrder(Order.builder()
                        .orderHead(OrderHead.builder()
                                .guid(guid()).appType(AppType.ADD).appTime(now).appStatus(AppStatus.DECLARE)
                                .orderType(mode.orderType()).orderNo(orderNo)
                                .ebpCode(PLATFORM_CODE).ebpName(PLATFORM_NAME).ebcCode(SELLER_CODE).ebcName(SELLER_NAME)
                                .goodsValue(value).freight(BigDecimal.ZERO).currency(CurrencyCode.CNY)
                                .build())
                        .addOrderList(OrderList.builder()
                                .gnum(1).itemNo("HS-BT-01").itemName("蓝牙耳机").unit("007").currency(CurrencyCode.CNY)
                                .qty(BigDecimal.valueOf(qty)).price(new BigDecimal(price)).totalPrice(value)
                                .build())
                        .build())
                .baseTransfer(transfer(PLATFORM_CODE, PLATFORM_NAME))
                .build());
        messages.put("CEB505", Ceb505Message.builder()
                .guid(guid())
                .addLogistics(Logistics.builder()
                        .guid(guid()).appType(AppType.ADD).appTime(now).appStatus(AppStatus.DECLARE)
                        .logisticsCode(LOGISTICS_CODE).logisticsName(LOGISTICS_NAME).logisticsNo(logisticsNo)
                        .freight(new BigDecimal("1200")).insuredFee(BigDecimal.ZERO).currency(CurrencyCode.CNY)
                        .grossWeight(new BigDecimal("150")).packNo(10).goodsInfo("蓝牙耳机 500 副")
                        .build())
                .baseTransfer(transfer(LOGISTICS_CODE, LOGISTICS_NAME))
                .build());
        messages.put("CEB603", Ceb603Message.builder()
                .guid(guid())
                .addInventory(ExportParcels.inventory(mode, orderNo, logisticsNo, "502", LocalDate.now(clock), qty, price, now))
                .baseTransfer(transfer(AGENT_CODE, AGENT_NAME))
                .build());

        ExportFlow flow = ExportFlow.of(mode);
        System.out.println("== " + flow + ": trade mode " + mode.tradeMode() + ", order type " + mode.orderType().code());
        for (ExportStep step : flow.steps()) {
            String awaits = String.join(" then ", step.receipts().stream().map(MessageSpec::rootName).toList());
            CebMessage message = messages.get(step.messageType());
            if (message == null) {
                System.out.printf("%s (%s, %s): not in this example; waits for %s%n", step.messageType(), step.message().cnName(), step.sender(), awaits);
                continue;
            }
            ValidationReport report = codec.validate(message);
            System.out.printf("%s (%s, %s): %s; waits for %s%n", step.messageType(), step.message().cnName(), step.sender(),
                    report.isValid() ? "valid" : "INVALID " + report.violations(), awaits);
        }

        byte[] order = codec.write(messages.get("CEB303"));
        System.out.println("\n== CEB303Message (" + order.length + " bytes)");
        System.out.println(new String(order, StandardCharsets.UTF_8));
    }
}
