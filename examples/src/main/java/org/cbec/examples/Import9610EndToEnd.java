package org.cbec.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.cbec.client.status.Status;
import org.cbec.core.model.CustomsTime;
import org.cbec.customs.imports.Ceb816Message;
import org.cbec.customs.imports.TaxHeadRd;
import org.cbec.examples.ImportParcel.Parcel;

/**
 * A retail import parcel (9610) end to end: the order (CEB311), payment (CEB411), waybill (CEB511) and inventory
 * (CEB621) of one parcel, signed and sent through a {@code CebClient} to an embedded {@code MockSingleWindow}, each
 * followed through its receipts (2 → 120 → 399 → 800) with every status change printed, then customs' electronic tax
 * bill (CEB816) that follows the inventory's release. In real life the four come from four companies (platform,
 * payment firm, logistics firm, customs broker); here one client files them all.
 *
 * <p>Run: {@code ./mvnw -B -q -Pdemo -Dexample=org.cbec.examples.Import9610EndToEnd -DskipTests package -pl examples -am}
 */
public final class Import9610EndToEnd {

    private static final Duration RECEIPT_DELAY = Duration.ofMillis(150);

    private Import9610EndToEnd() {
    }

    /**
     * What came of the filing.
     *
     * @param statuses the final status of each message, by message type ({@code CEB311Message}, …)
     * @param taxBill  customs' tax bill for the released inventory
     */
    public record Outcome(Map<String, Status> statuses, Ceb816Message taxBill) {

        /** Whether the parcel was released: its inventory at 800, the order, payment and waybill at 120 (their tables' end). */
        public boolean parcelReleased() {
            return statuses.equals(ImportParcel.RELEASED);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        run(ImportParcel.parcel(CustomsTime.now(Clock.systemUTC())), System.out);
    }

    /** Files the four messages of {@code parcel} against a new embedded mock, printing to {@code out}. */
    public static Outcome run(Parcel parcel, PrintStream out) throws InterruptedException {
        out.println("== Filing order " + parcel.orderNo() + " (CEB311, CEB411, CEB511, CEB621) against the embedded mock Single Window");
        try (MockFiling filing = MockFiling.start(RECEIPT_DELAY, out)) {
            Map<String, Status> statuses = filing.file(parcel.messages(), Duration.ofSeconds(30));
            Ceb816Message bill = statuses.get("CEB621Message") == Status.RELEASED ? filing.awaitTaxBill() : null;
            if (bill != null) {
                TaxHeadRd head = bill.taxBills().get(0).taxHeadRd();
                out.println("== CEB816 tax bill " + head.taxNo() + " for inventory " + head.invtNo() + ": customs duty "
                        + head.customsTax() + ", VAT " + head.valueAddedTax() + ", consumption tax " + head.consumptionTax() + " CNY");
            }
            return new Outcome(statuses, bill);
        }
    }
}
