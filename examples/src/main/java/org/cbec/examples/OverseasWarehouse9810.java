package org.cbec.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cbec.client.ReceiptEvent;
import org.cbec.client.Statuses;
import org.cbec.client.status.Status;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.CustomsTime;
import org.cbec.customs.crosscheck.ExportParcelCheck;
import org.cbec.customs.crosscheck.Finding;
import org.cbec.customs.exports.Ceb303Message;
import org.cbec.customs.exports.Ceb505Message;
import org.cbec.customs.exports.Inventory;
import org.cbec.customs.exports.Order;
import org.cbec.customs.flow.ExportFlow;
import org.cbec.customs.flow.ExportMode;
import org.cbec.customs.flow.ExportStep;
import org.cbec.customs.receipt.ReceiptTables;

/**
 * Export to an overseas warehouse (9810, 跨境电子商务出口海外仓) end to end against an embedded mock Single Window: the
 * order is the warehouse booking (海外仓订仓单: CEB303 with orderType {@code W}, the booking number as {@code orderNo},
 * the warehouse's name as {@code ebpName}), checked against the waybill and the inventory (trade mode 9810) with the
 * export 四单 check before anything is sent; then the flow's steps in {@link ExportFlow} order, each to the last status
 * of its receipt table ({@link ReceiptTables}), and the summary declaration (CEB701 → CEB792) 9810 requires. The goods are
 * sold from the warehouse later, so there is no collection receipt (CEB403) at export.
 *
 * <p>Run: {@code ./mvnw -B -q -Pdemo -Dexample=org.cbec.examples.OverseasWarehouse9810 -DskipTests package -pl examples -am}
 */
public final class OverseasWarehouse9810 {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String WAREHOUSE_NAME = "示例美国洛杉矶海外仓";

    /**
     * Where the filing ended.
     *
     * @param findings      the 四单 check before sending (empty: consistent)
     * @param statuses      each filed message type's status, in the order filed
     * @param summary       the summary application's status
     * @param summaryResult its summary result (CEB792), if it came
     */
    public record Outcome(List<Finding> findings, Map<String, Status> statuses, Status summary, Optional<ReceiptEvent> summaryResult) {
    }

    private OverseasWarehouse9810() {
    }

    public static void main(String[] args) throws InterruptedException {
        Outcome o = run(System.out, Duration.ofMillis(200));
        System.out.println("== " + o.statuses() + ", summary " + o.summary());
    }

    /** Books the warehouse space, files the export and its summary, printing each status change on {@code out}. */
    public static Outcome run(PrintStream out, Duration receiptDelay) throws InterruptedException {
        LocalDateTime now = CustomsTime.now(Clock.systemUTC());
        ExportMode mode = ExportMode.OVERSEAS_WAREHOUSE_9810;
        String bookingNo = "OWB-LAX-2026-0001";
        String logisticsNo = "SZX2026009810";
        String billNo = "784-20269810";
        int qty = 2000;
        String price = "35.00";
        Ceb303Message booking = ExportParcels.order(mode, bookingNo, qty, price, now);
        Order order = booking.orders().get(0);
        booking = booking.toBuilder().orders(List.of(order.toBuilder().orderHead(order.orderHead().toBuilder().ebpName(WAREHOUSE_NAME).build())
                .build())).build();
        Ceb505Message waybill = ExportParcels.waybill(logisticsNo, "6800", "600", 40, "蓝牙耳机 2000 副", now);
        Inventory inventory = ExportParcels.inventory(mode, bookingNo, logisticsNo, "502", now.toLocalDate(), qty, price, now);

        List<Finding> findings = ExportParcelCheck.of(booking.orders().get(0), null, waybill.logisticss().get(0), inventory).findings();
        out.println("== 四单比对 of booking " + bookingNo + " (orderType " + mode.orderType().code() + ", trade mode " + mode.tradeMode() + "): "
                + (findings.isEmpty() ? "consistent" : findings));
        Map<String, CebMessage> messages = Map.of(
                "CEB303", booking,
                "CEB505", waybill,
                "CEB603", ExportParcels.inventoryMessage(inventory),
                "CEB507", B2bExport9710.arrival(logisticsNo, billNo, now),
                "CEB509", B2bExport9710.departure(logisticsNo, billNo, now));

        ExportFlow flow = ExportFlow.of(mode);
        Map<String, Status> statuses = new LinkedHashMap<>();
        try (MockFiling filing = MockFiling.start(receiptDelay, out)) {
            for (ExportStep step : flow.steps()) {
                CebMessage message = messages.get(step.messageType());
                if (message == null) {
                    continue; // no collection at export; the summary application is filed below
                }
                String last = ReceiptTables.forMessage(step.messageType()).last();
                out.printf("== %s (%s, %s), up to %s%n", step.messageType(), step.message().cnName(), step.sender(), last);
                statuses.put(step.messageType(), filing.fileAndAwait(List.of(message), target(last), TIMEOUT).get(0));
            }
            MockFiling.Summary summary = filing.fileSummary(List.of(inventory), List.of(statuses.get("CEB603")), now, TIMEOUT);
            return new Outcome(findings, statuses, summary.statuses().isEmpty() ? null : summary.statuses().get(0),
                    summary.results().isEmpty() ? Optional.empty() : summary.results().get(0));
        }
    }

    /** The client status that stands for a receipt table's last status. */
    private static Status target(String last) {
        return Statuses.ofReturnStatus(last).orElseThrow();
    }
}
