package org.cbec.examples;

import static org.cbec.examples.ExportParcels.LOGISTICS_CODE;
import static org.cbec.examples.ExportParcels.LOGISTICS_NAME;
import static org.cbec.examples.ExportParcels.PLATFORM_CODE;
import static org.cbec.examples.ExportParcels.PLATFORM_NAME;
import static org.cbec.examples.ExportParcels.SELLER_CODE;
import static org.cbec.examples.ExportParcels.SELLER_NAME;
import static org.cbec.examples.ExportParcels.guid;
import static org.cbec.examples.ExportParcels.transfer;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cbec.client.ReceiptEvent;
import org.cbec.client.status.Status;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.CustomsTime;
import org.cbec.core.model.MessageSpec;
import org.cbec.customs.codes.AppStatus;
import org.cbec.customs.codes.AppType;
import org.cbec.customs.codes.CurrencyCode;
import org.cbec.customs.codes.IeFlag;
import org.cbec.customs.exports.Arrival;
import org.cbec.customs.exports.ArrivalHead;
import org.cbec.customs.exports.ArrivalList;
import org.cbec.customs.exports.Ceb403Message;
import org.cbec.customs.exports.Ceb507Message;
import org.cbec.customs.exports.Ceb509Message;
import org.cbec.customs.exports.Departure;
import org.cbec.customs.exports.DepartureHead;
import org.cbec.customs.exports.DepartureList;
import org.cbec.customs.exports.Inventory;
import org.cbec.customs.exports.PaymentCollection;
import org.cbec.customs.flow.ExportFlow;
import org.cbec.customs.flow.ExportMode;
import org.cbec.customs.flow.ExportStep;
import org.cbec.mock.MockSingleWindow;

/**
 * A B2B direct export (9710) end to end against an embedded {@link MockSingleWindow}, in the order {@link ExportFlow}
 * gives: the seller's order to a foreign business buyer (CEB303, orderType B) and its collection receipt (CEB403), the
 * waybill (CEB505), the inventory with trade mode 9710 (CEB603), the arrival at the yard (CEB507) and the departure
 * (CEB509), each filed and followed to the last status its receipt table has (120 for the order and collection, 800
 * for the inventory, 399 for the others); then the summary application (CEB701) and its summary result (CEB792).
 *
 * <p>Run: {@code ./mvnw -B -q -Pdemo -Dexample=org.cbec.examples.B2bExport9710 -DskipTests package -pl examples -am}
 */
public final class B2bExport9710 {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** The last status each message's receipts reach when all goes well. */
    private static final Map<String, Status> FINAL = Map.of("CEB303", Status.ENTERED, "CEB403", Status.ENTERED,
            "CEB505", Status.CONCLUDED, "CEB603", Status.RELEASED, "CEB507", Status.CONCLUDED, "CEB509", Status.CONCLUDED);

    /**
     * Where the filing ended.
     *
     * @param statuses      each filed message type's final status, in the order filed
     * @param summary       the summary application's status
     * @param summaryResult its summary result (CEB792), if it came
     */
    public record Outcome(Map<String, Status> statuses, Status summary, Optional<ReceiptEvent> summaryResult) {
    }

    private B2bExport9710() {
    }

    public static void main(String[] args) throws InterruptedException {
        Outcome o = run(System.out, Duration.ofMillis(200));
        System.out.println("== " + o.statuses() + ", summary " + o.summary());
    }

    /** Files the export, printing each status change on {@code out}; receipts {@code receiptDelay} apart. */
    public static Outcome run(PrintStream out, Duration receiptDelay) throws InterruptedException {
        LocalDateTime now = CustomsTime.now(Clock.systemUTC());
        ExportMode mode = ExportMode.B2B_9710;
        String orderNo = "B2B-2026-0001";
        String logisticsNo = "SZX2026000001";
        String billNo = "784-20261123";
        int qty = 500;
        String price = "48.00";
        Inventory inventory = ExportParcels.inventory(mode, orderNo, logisticsNo, "502", now.toLocalDate(), qty, price, now);

        Map<String, CebMessage> messages = Map.of(
                "CEB303", ExportParcels.order(mode, orderNo, qty, price, now),
                "CEB403", collection(orderNo, new BigDecimal(price).multiply(BigDecimal.valueOf(qty)), now),
                "CEB505", ExportParcels.waybill(logisticsNo, "1200", "150", 10, "蓝牙耳机 500 副", now),
                "CEB603", ExportParcels.inventoryMessage(inventory),
                "CEB507", arrival(logisticsNo, billNo, now),
                "CEB509", departure(logisticsNo, billNo, now));

        ExportFlow flow = ExportFlow.of(mode);
        out.println("== " + flow + ": trade mode " + mode.tradeMode() + ", order type " + mode.orderType().code());
        Map<String, Status> statuses = new LinkedHashMap<>();
        try (MockFiling filing = MockFiling.start(receiptDelay, out)) {
            for (ExportStep step : flow.steps()) {
                CebMessage message = messages.get(step.messageType());
                if (message == null) {
                    continue; // the summary application, filed below from the released inventory
                }
                out.printf("== %s (%s, %s), waits for %s%n", step.messageType(), step.message().cnName(), step.sender(),
                        String.join(" then ", step.receipts().stream().map(MessageSpec::rootName).toList()));
                statuses.put(step.messageType(), filing.fileAndAwait(List.of(message), FINAL.get(step.messageType()), TIMEOUT).get(0));
            }
            out.println("== CEB701 (汇总申请单), waits for " + String.join(" then ",
                    flow.awaited("CEB701").stream().map(MessageSpec::rootName).toList()));
            MockFiling.Summary summary = filing.fileSummary(List.of(inventory), List.of(statuses.get("CEB603")), now, TIMEOUT);
            return new Outcome(statuses, summary.statuses().isEmpty() ? null : summary.statuses().get(0),
                    summary.results().isEmpty() ? Optional.empty() : summary.results().get(0));
        }
    }

    /** The seller's collection receipt (收款单, CEB403): the buyer's payment for the order. */
    private static Ceb403Message collection(String orderNo, BigDecimal amount, LocalDateTime now) {
        return Ceb403Message.builder().guid(guid())
                .addPaymentCollection(PaymentCollection.builder().guid(guid()).appType(AppType.ADD).appTime(now).appStatus(AppStatus.DECLARE)
                        .ebpCode(PLATFORM_CODE).ebpName(PLATFORM_NAME).ebcCode(SELLER_CODE).ebcName(SELLER_NAME).orderNo(orderNo)
                        .payCode(PLATFORM_CODE).payName(PLATFORM_NAME).payNo("PAY-" + orderNo).charge(amount).currency(CurrencyCode.CNY)
                        .accountingDate(now).build())
                .baseTransfer(transfer(SELLER_CODE, SELLER_NAME))
                .build();
    }

    /** The yard operator's arrival (运抵单, CEB507) of the waybill's packages at the export port. */
    static Ceb507Message arrival(String logisticsNo, String billNo, LocalDateTime now) {
        return Ceb507Message.builder().guid(guid())
                .addArrival(Arrival.builder()
                        .arrivalHead(ArrivalHead.builder().guid(guid()).appType(AppType.ADD).appTime(now).appStatus(AppStatus.DECLARE)
                                .customsCode("5305").copNo("ARR-" + logisticsNo).operatorCode(LOGISTICS_CODE).operatorName(LOGISTICS_NAME)
                                .ieFlag(IeFlag.EXPORT).trafMode("5").billNo(billNo).domesticTrafNo("粤B12345")
                                .logisticsCode(LOGISTICS_CODE).logisticsName(LOGISTICS_NAME).msgCount(1).msgSeqNo(1).build())
                        .addArrivalList(ArrivalList.builder().gnum(1).logisticsNo(logisticsNo).build())
                        .build())
                .baseTransfer(transfer(LOGISTICS_CODE, LOGISTICS_NAME))
                .build();
    }

    /** The logistics firm's departure (离境单, CEB509) of the flight carrying the waybill. */
    static Ceb509Message departure(String logisticsNo, String billNo, LocalDateTime now) {
        return Ceb509Message.builder().guid(guid())
                .addDeparture(Departure.builder()
                        .departureHead(DepartureHead.builder().guid(guid()).appType(AppType.ADD).appTime(now).appStatus(AppStatus.DECLARE)
                                .customsCode("5305").copNo("DEP-" + logisticsNo).logisticsCode(LOGISTICS_CODE).logisticsName(LOGISTICS_NAME)
                                .trafMode("5").trafName("CZ").voyageNo("CZ327").billNo(billNo).leaveTime(now).msgCount(1).msgSeqNo(1).build())
                        .addDepartureList(DepartureList.builder().gnum(1).logisticsNo(logisticsNo).build())
                        .build())
                .baseTransfer(transfer(LOGISTICS_CODE, LOGISTICS_NAME))
                .build();
    }
}
