package org.cbec.examples;

import org.cbec.tax.TaxRateTables;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cbec.client.status.Status;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.CustomsTime;
import org.cbec.customs.common.BaseTransfer;
import org.cbec.customs.imports.Ceb621Message;
import org.cbec.customs.imports.Inventory;
import org.cbec.customs.lifecycle.Cancellation;
import org.cbec.customs.lifecycle.FiledInventory;
import org.cbec.customs.lifecycle.ImportReturn;
import org.cbec.customs.lifecycle.LifecycleException;
import org.cbec.mock.Scenario;
import org.cbec.tax.CbecTax;
import org.cbec.tax.TaxEvent;
import org.cbec.tax.TaxLifecycle;
import org.cbec.tax.spi.TaxRateTable;

/**
 * What follows a filing, against an embedded mock Single Window: one parcel is cancelled before release (撤销申请单
 * CEB623 → CEB624 up to 399), another is released, returned (退货申请单 CEB625 → CEB626 up to 399), its buyer's annual
 * quota restored and its tax bill voided, all from the receipts (sdk-tax's {@link TaxLifecycle}), not by hand. Both are
 * built from what was filed ({@link FiledInventory} from the CEB622 receipts) and checked before sending: a return of
 * the cancelled parcel is refused by the SDK and never sent.
 *
 * <p>Run: {@code ./mvnw -B -q -Pdemo -Dexample=org.cbec.examples.ImportCancelAndReturn -DskipTests package -pl examples -am}
 */
public final class ImportCancelAndReturn {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final BaseTransfer AGENT = BaseTransfer.builder().copCode("1105910159").copName("示例跨境电商平台有限公司")
            .dxpId("DXPENT0000458763").build();

    /**
     * What came of it.
     *
     * @param cancellation       the cancellation's status (CONCLUDED: 399, the end of its table)
     * @param returned           the return's status (CONCLUDED)
     * @param refusedBeforeSend  why the SDK refused to return the cancelled parcel
     * @param quotaAfterRelease  the buyer's year-to-date after the second parcel's release
     * @param quotaAfterReturn   the buyer's year-to-date after its return was concluded
     * @param taxEvents          what the tax side did, in order
     */
    public record Outcome(Status cancellation, Status returned, String refusedBeforeSend, BigDecimal quotaAfterRelease,
                          BigDecimal quotaAfterReturn, List<TaxEvent> taxEvents) {
    }

    private ImportCancelAndReturn() {
    }

    public static void main(String[] args) throws InterruptedException {
        Outcome o = run(System.out, Duration.ofMillis(150));
        System.out.println("== cancellation " + o.cancellation() + ", return " + o.returned() + ", quota " + o.quotaAfterRelease() + " -> "
                + o.quotaAfterReturn());
    }

    /** Files both parcels and what follows, printing each step on {@code out}. */
    public static Outcome run(PrintStream out, Duration receiptDelay) throws InterruptedException {
        LocalDateTime now = CustomsTime.now(Clock.systemUTC());
        ImportParcel.Parcel cancelled = ImportParcel.parcel(now, "ORD-CXL-0001", new BigDecimal("10.00"), BigDecimal.ZERO,
                List.of(new ImportParcel.Goods("面霜 50ml", "3304990099", BigDecimal.ONE, new BigDecimal("80.00"))));
        ImportParcel.Parcel returned = ImportParcel.parcel(now, "ORD-RET-0001", new BigDecimal("10.00"), BigDecimal.ZERO,
                List.of(new ImportParcel.Goods("奶粉 800g", "0402100000", new BigDecimal("3"), new BigDecimal("50.00"))));
        CbecTax tax = CbecTax.builder().rateTable(TaxRateTables.sample()).build();
        TaxLifecycle life = tax.lifecycle();
        List<TaxEvent> events = new CopyOnWriteArrayList<>();
        String buyer = returned.inventory().inventoryHead().buyerIdNumber();

        try (MockFiling filing = MockFiling.start(receiptDelay, out)) {
            filing.onMessage(m -> life.received(m).forEach(e -> {
                events.add(e);
                out.println("   tax: " + e.kind() + " " + e.invtNo() + (e.amount() == null ? "" : " " + e.amount()) + ": " + e.detail());
            }));

            out.println("== 1. parcel " + cancelled.orderNo() + ": filed, customs concludes the inventory (399) but has not released it");
            filing.mock().enqueue("CEB621", Scenario.of(new Scenario.Step(receiptDelay, "2", "电子口岸申报中"),
                    new Scenario.Step(receiptDelay, "120", "海关入库成功"), new Scenario.Step(receiptDelay, "399", "海关审结")));
            fileParcel(filing, life, cancelled, Status.CONCLUDED);
            FiledInventory first = filed(filing, cancelled.inventory());
            out.println("   " + first.invtNo() + " is " + first.status() + ": the buyer cancels; the agent files CEB623");
            Status cancellation = await(filing, Cancellation.of(first, "买家取消订单").message(AGENT, Clock.systemUTC().instant()));

            out.println("== 2. parcel " + returned.orderNo() + ": filed and released, then returned");
            fileParcel(filing, life, returned, Status.RELEASED);
            filing.awaitTaxBill();
            awaitEvent(events, TaxEvent.Kind.BILL_RECEIVED);
            BigDecimal afterRelease = tax.ledger().yearToDate(buyer, Year.now(CustomsTime.ZONE));
            FiledInventory second = filed(filing, returned.inventory());
            out.println("   " + second.invtNo() + " released " + second.releasedAt() + "; buyer's year-to-date " + afterRelease
                    + "; the buyer returns it within the 30 days; the agent files CEB625");
            Status returnStatus = await(filing, ImportReturn.whole(second, "七天无理由退货").message(AGENT, Clock.systemUTC().instant()));
            awaitEvent(events, TaxEvent.Kind.QUOTA_RESTORED);
            BigDecimal afterReturn = tax.ledger().yearToDate(buyer, Year.now(CustomsTime.ZONE));
            out.println("   buyer's year-to-date after the return: " + afterReturn + "; payable tax bills: " + life.paymentCalendar().entries().size());

            out.println("== 3. a return of the cancelled parcel is refused by the SDK before anything is sent");
            String refused;
            try {
                ImportReturn.whole(filed(filing, cancelled.inventory()), "退货").message(AGENT, Clock.systemUTC().instant());
                refused = null;
            } catch (LifecycleException e) {
                refused = e.findings().get(0).toString();
                out.println("   " + refused);
            }
            return new Outcome(cancellation, returnStatus, refused, afterRelease, afterReturn, List.copyOf(events));
        }
    }

    private static void fileParcel(MockFiling filing, TaxLifecycle life, ImportParcel.Parcel parcel, Status target) throws InterruptedException {
        List<CebMessage> messages = parcel.messages();
        messages.stream().filter(m -> m instanceof Ceb621Message).forEach(m -> life.filed((Ceb621Message) m));
        filing.fileAndAwait(messages, target, TIMEOUT);
    }

    /** The inventory as filed, with what its receipts said. */
    private static FiledInventory filed(MockFiling filing, Inventory inventory) {
        return FiledInventory.of(inventory, filing.customsReceipts());
    }

    private static Status await(MockFiling filing, CebMessage message) throws InterruptedException {
        return filing.fileAndAwait(List.of(message), Status.CONCLUDED, TIMEOUT).get(0);
    }

    private static void awaitEvent(List<TaxEvent> events, TaxEvent.Kind kind) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (events.stream().noneMatch(e -> e.kind() == kind) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
