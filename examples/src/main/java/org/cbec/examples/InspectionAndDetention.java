package org.cbec.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cbec.client.status.Status;
import org.cbec.core.model.CustomsTime;
import org.cbec.customs.imports.Inventory;
import org.cbec.customs.lifecycle.FiledInventory;
import org.cbec.customs.receipt.CustomsStatus;
import org.cbec.customs.receipt.CustomsReceipt;
import org.cbec.customs.receipt.ReceiptTable;
import org.cbec.customs.receipt.ReceiptTables;
import org.cbec.mock.Scenario;

/**
 * A customs broker's view of two import parcels against an embedded mock Single Window: one is inspected (查验 500),
 * then released (800), the normal course; the other is inspected, then detained and handed to anti-smuggling (扣留移送缉私
 * 502). Each CEB622 receipt is shown with what the specification's receipt table says it means
 * ({@link ReceiptTables}: awaiting customs, detained, completed) and the inventory's standing ({@link CustomsStatus},
 * ranked, so a late receipt never moves it back).
 *
 * <p>Run: {@code ./mvnw -B -q -Pdemo -Dexample=org.cbec.examples.InspectionAndDetention -DskipTests package -pl examples -am}
 */
public final class InspectionAndDetention {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ReceiptTable INVENTORY = ReceiptTables.forMessage("CEB621");

    /**
     * Where each parcel stands.
     *
     * @param inspected      the inspected parcel's statuses in arrival order, and its standing
     * @param inspectedEnd   the inspected parcel's standing
     * @param detained       the detained parcel's statuses in arrival order
     * @param detainedEnd    the detained parcel's standing
     * @param detainedReason customs' words for the detention
     */
    public record Outcome(List<String> inspected, CustomsStatus inspectedEnd, List<String> detained, CustomsStatus detainedEnd,
                          String detainedReason) {
    }

    private InspectionAndDetention() {
    }

    public static void main(String[] args) throws InterruptedException {
        Outcome o = run(System.out, Duration.ofMillis(150));
        System.out.println("== inspected parcel " + o.inspectedEnd() + ", detained parcel " + o.detainedEnd());
    }

    /** Files both parcels, the mock scripted to inspect the first and detain the second, printing on {@code out}. */
    public static Outcome run(PrintStream out, Duration receiptDelay) throws InterruptedException {
        LocalDateTime now = CustomsTime.now(Clock.systemUTC());
        ImportParcel.Parcel inspected = ImportParcel.parcel(now, "ORD-INS-0001", new BigDecimal("10.00"), BigDecimal.ZERO,
                List.of(new ImportParcel.Goods("奶粉 800g", "0402100000", new BigDecimal("2"), new BigDecimal("120.00"))));
        ImportParcel.Parcel detained = ImportParcel.parcel(now, "ORD-DET-0001", new BigDecimal("10.00"), BigDecimal.ZERO,
                List.of(new ImportParcel.Goods("手表", "9101110000", BigDecimal.ONE, new BigDecimal("900.00"))));
        try (MockFiling filing = MockFiling.start(receiptDelay, out)) {
            filing.mock().enqueue("CEB621", Scenario.inspected(receiptDelay));
            filing.mock().enqueue("CEB621", Scenario.detained(receiptDelay, "502", "疑似仿冒品牌，扣留移送缉私"));
            out.println("== the broker files two parcels; customs selects both for inspection");
            filing.fileAndAwait(inspected.messages(), Status.DECLARING, TIMEOUT);
            filing.fileAndAwait(detained.messages(), Status.DECLARING, TIMEOUT);
            FiledInventory first = awaitFinal(filing, inspected.inventory());
            FiledInventory second = awaitFinal(filing, detained.inventory());
            out.println("== the broker's view");
            List<String> a = show(out, filing, inspected);
            List<String> b = show(out, filing, detained);
            String reason = receipts(filing, detained.inventory()).stream().filter(r -> "502".equals(r.status().code()))
                    .map(CustomsReceipt::returnInfo).findFirst().orElse(null);
            return new Outcome(a, first.status(), b, second.status(), reason);
        }
    }

    private static List<String> show(PrintStream out, MockFiling filing, ImportParcel.Parcel parcel) {
        List<String> codes = new ArrayList<>();
        out.println("   " + parcel.orderNo() + ":");
        for (CustomsReceipt r : receipts(filing, parcel.inventory())) {
            String code = r.status().code();
            codes.add(code);
            out.printf("     %-4s %-10s %-16s %s%n", code, r.status().text(), INVENTORY.outcome(code), r.returnInfo());
        }
        FiledInventory f = FiledInventory.of(parcel.inventory(), filing.customsReceipts());
        out.println("     standing: " + f.status() + ", final: " + INVENTORY.isFinal(f.status().code()));
        return codes;
    }

    private static List<CustomsReceipt> receipts(MockFiling filing, Inventory inventory) {
        return filing.customsReceipts().stream().filter(r -> "CEB622".equals(r.messageType()) && inventory.inventoryHead().guid().equals(r.guid()))
                .toList();
    }

    /** Waits until the inventory's receipts reach a status its receipt table calls final (released, detained, rejected…). */
    private static FiledInventory awaitFinal(MockFiling filing, Inventory inventory) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            FiledInventory f = FiledInventory.of(inventory, filing.customsReceipts());
            boolean last = Optional.ofNullable(f.status()).map(s -> INVENTORY.isFinal(s.code())).orElse(false);
            if (last || System.nanoTime() > deadline) {
                return f;
            }
            Thread.sleep(20);
        }
    }
}
