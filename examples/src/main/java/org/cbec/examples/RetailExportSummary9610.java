package org.cbec.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cbec.client.ReceiptEvent;
import org.cbec.client.status.Status;
import org.cbec.core.model.CustomsTime;
import org.cbec.customs.codes.StatisticsFlag;
import org.cbec.customs.exports.Ceb303Message;
import org.cbec.customs.exports.Ceb505Message;
import org.cbec.customs.exports.Inventory;
import org.cbec.customs.flow.ExportMode;
import org.cbec.customs.summary.SummaryDeclaration;
import org.cbec.mock.MockSingleWindow;

/**
 * Retail exports (9610) end to end, ending in the summary declaration, against an embedded {@link MockSingleWindow}:
 * for four parcels the platform files the orders (CEB303, answered by CEB304 up to 120 入库), the logistics firm the
 * waybills (CEB505, CEB506 up to 399 审结) and the broker the inventories (CEB603, CEB604 up to 800 放行). The released
 * inventories, with the numbers customs gave them, are grouped by the customs rules ({@link SummaryDeclaration}) into
 * a summary application (CEB701), answered by CEB702 (399) and then the summary result (CEB792) with the
 * {@code sumNo}; a simplified-declaration parcel is left out of the summary, with the reason.
 *
 * <p>Run: {@code ./mvnw -B -q -Pdemo -Dexample=org.cbec.examples.RetailExportSummary9610 -DskipTests package -pl examples -am}
 */
public final class RetailExportSummary9610 {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /**
     * Where the filing ended.
     *
     * @param orders         the orders' statuses
     * @param waybills       the waybills' statuses
     * @param inventories    the inventories' statuses
     * @param ungrouped      how many released inventories the summary leaves out
     * @param summaries      the summary applications' statuses
     * @param summaryResults the summary result (CEB792) each application got, if it came
     */
    public record Outcome(List<Status> orders, List<Status> waybills, List<Status> inventories, int ungrouped,
                          List<Status> summaries, List<Optional<ReceiptEvent>> summaryResults) {
    }

    private RetailExportSummary9610() {
    }

    public static void main(String[] args) throws InterruptedException {
        Outcome o = run(System.out, Duration.ofMillis(200));
        System.out.printf("== orders %s, waybills %s, inventories %s, %d not summarised, summaries %s%n", o.orders(), o.waybills(),
                o.inventories(), o.ungrouped(), o.summaries());
    }

    /** Files the parcels and their summary, printing each status change on {@code out}; receipts {@code receiptDelay} apart. */
    public static Outcome run(PrintStream out, Duration receiptDelay) throws InterruptedException {
        LocalDateTime now = CustomsTime.now(Clock.systemUTC());
        LocalDate today = now.toLocalDate();
        ExportMode mode = ExportMode.B2C_9610;
        String[][] parcels = {
                {"E-0001", "LN0001", "502", "1", "199.00"},
                {"E-0002", "LN0002", "502", "2", "199.00"},
                {"E-0003", "LN0003", "303", "1", "219.00"},
                {"E-0004", "LN0004", "502", "1", "9.90"}};
        List<Ceb303Message> orders = new ArrayList<>();
        List<Ceb505Message> waybills = new ArrayList<>();
        List<Inventory> inventories = new ArrayList<>();
        for (String[] p : parcels) {
            int qty = Integer.parseInt(p[3]);
            orders.add(ExportParcels.order(mode, p[0], qty, p[4], now));
            waybills.add(ExportParcels.waybill(p[1], "30", "0.3", 1, "蓝牙耳机", now));
            Inventory inventory = ExportParcels.inventory(mode, p[0], p[1], p[2], today, qty, p[4], now);
            // the cheapest parcel is declared simplified (简化申报): it is not summarised
            inventories.add(p[0].equals("E-0004") ? simplified(inventory) : inventory);
        }

        try (MockFiling filing = MockFiling.start(receiptDelay, out)) {
            out.println("== 1. orders (CEB303), waybills (CEB505), inventories (CEB603)");
            List<Status> orderStatuses = filing.fileAndAwait(orders, Status.ENTERED, TIMEOUT);
            List<Status> waybillStatuses = filing.fileAndAwait(waybills, Status.CONCLUDED, TIMEOUT);
            List<Status> inventoryStatuses = filing.fileAndAwait(inventories.stream().map(ExportParcels::inventoryMessage).toList(),
                    Status.RELEASED, TIMEOUT);

            out.println("== 2. the released inventories, grouped by the customs rules into summary applications (CEB701)");
            MockFiling.Summary summary = filing.fileSummary(inventories, inventoryStatuses, now, TIMEOUT);
            return new Outcome(orderStatuses, waybillStatuses, inventoryStatuses, summary.plan().ungrouped().size(),
                    summary.statuses(), summary.results());
        }
    }

    private static Inventory simplified(Inventory inventory) {
        return inventory.toBuilder().inventoryHead(inventory.inventoryHead().toBuilder().statisticsFlag(StatisticsFlag.SIMPLIFIED).build()).build();
    }
}
