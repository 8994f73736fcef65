package org.cbec.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.cbec.client.status.Status;
import org.cbec.core.model.CustomsTime;
import org.cbec.core.validation.Sensitivity;
import org.cbec.tax.CbecTax;
import org.cbec.tax.CustomsTaxBill;
import org.cbec.tax.GoodsLine;
import org.cbec.tax.LineTax;
import org.cbec.tax.TaxAssessment;
import org.cbec.tax.TaxBillComparison;
import org.cbec.tax.TaxBills;
import org.cbec.tax.TaxLimits;
import org.cbec.tax.TaxRateTables;
import org.cbec.tax.TaxableParcel;
import org.cbec.tax.TaxableParcels;
import org.cbec.tax.spi.BookingResult;
import org.cbec.tax.spi.TaxRateTable;

/**
 * Tells a buyer the import tax of a basket before checkout, with where it stands against the 5,000 / 26,000 CNY
 * limits; then files a parcel whose order carries the estimated tax against the embedded mock Single Window, checks
 * customs' electronic tax bill (CEB816, sent after the release) against the estimate and counts the parcel in the
 * buyer's year. Uses the built-in SAMPLE rates.
 *
 * <p>Run: {@code ./mvnw -B -q -Pdemo -Dexample=org.cbec.examples.TaxEstimate -DskipTests package -pl examples -am}
 */
public final class TaxEstimate {

    private static final String BUYER = "110101199003074514";

    private TaxEstimate() {
    }

    /**
     * What came of the filed parcel.
     *
     * @param estimate   the tax the platform computed and put in the order ({@code taxTotal})
     * @param statuses   the final status of each filed message, by message type
     * @param comparison customs' tax bill against the estimate
     * @param booked     the parcel counted in the buyer's year
     */
    public record Outcome(TaxAssessment estimate, Map<String, Status> statuses, TaxBillComparison comparison, BookingResult booked) {
    }

    public static void main(String[] args) throws InterruptedException {
        run(System.out);
    }

    /** Estimates at checkout, files the parcel against a new embedded mock and checks the tax bill, printing to {@code out}. */
    public static Outcome run(PrintStream out) throws InterruptedException {
        CbecTax tax = CbecTax.builder().rateTable(TaxRateTables.sample()).build();

        TaxableParcel basket = TaxableParcel.builder()
                .orderNo("ORDER-20260301-0001")
                .buyerIdNumber(BUYER)
                .addLine(GoodsLine.builder().itemNo(1).itemName("口红 lipstick").hsCode("3304100091")
                        .quantity(new BigDecimal("2")).value(new BigDecimal("600.00")).build())
                .addLine(GoodsLine.builder().itemNo(2).itemName("奶粉 milk powder").taxCategory("milk-powder")
                        .quantity(new BigDecimal("3")).value(new BigDecimal("540.00")).build())
                .addLine(GoodsLine.builder().itemNo(3).itemName("啤酒 beer, 24 × 500 ml").taxCategory("beer")
                        .quantity(new BigDecimal("24")).legalQuantity(new BigDecimal("0.012"))
                        .value(new BigDecimal("198.00")).build())
                .freight(new BigDecimal("30.00"))
                .build();

        out.println("Rates: the built-in SAMPLE table (illustrative, not the current tariff)");
        out.println("Buyer " + Sensitivity.ID_NUMBER.mask(BUYER) + ", already imported this year: " + tax.yearToDate(BUYER) + " CNY");
        show(tax.estimate(basket), out);
        out.println();
        out.println("Same basket for a buyer at 25,000.00 CNY this year:");
        show(tax.estimate(basket, new BigDecimal("25000.00")), out);

        // The buyer orders milk powder, free shipping: the platform puts the estimated tax in the order (taxTotal),
        // files the parcel, and checks customs' tax bill against its estimate once the inventory is released.
        out.println();
        LocalDateTime now = CustomsTime.now(Clock.systemUTC());
        List<ImportParcel.Goods> goods = List.of(new ImportParcel.Goods("婴儿配方奶粉 800g", "0402100000", new BigDecimal("3"),
                new BigDecimal("180.00")));
        BigDecimal freight = new BigDecimal("0.00");
        TaxAssessment estimate = tax.estimate(TaxableParcels.of(
                ImportParcel.parcel(now, "ORDER-2026-0002", freight, BigDecimal.ZERO, goods).inventory()));
        out.println("Milk powder order ORDER-2026-0002, estimated tax " + estimate.due().total() + " CNY:");
        show(estimate, out);
        Import9610EndToEnd.Outcome filed = Import9610EndToEnd.run(
                ImportParcel.parcel(now, "ORDER-2026-0002", freight, estimate.due().total(), goods), out);
        CustomsTaxBill bill = TaxBills.fromCeb816(filed.taxBill()).get(0);
        TaxBillComparison comparison = tax.compare(bill, estimate);
        out.println("Customs' tax bill " + bill.taxNo() + ": " + bill.total() + " CNY; against the estimate: "
                + (comparison.matches() ? "agrees" : comparison.differences()));
        BookingResult booked = tax.recordRelease(bill.head().invtNo(), estimate, Instant.now());
        out.println("Released: " + booked.outcome() + ", year-to-date now " + booked.yearToDate() + " CNY");
        return new Outcome(estimate, filed.statuses(), comparison, booked);
    }

    private static void show(TaxAssessment a, PrintStream out) {
        out.printf("%-28s %10s %10s %10s %10s %10s%n", "line", "value", "dutiable", "duty", "cons. tax", "VAT");
        for (LineTax l : a.lines()) {
            out.printf("%-28s %10s %10s %10s %10s %10s%n", l.itemNo() + " " + l.rates().category(),
                    l.goodsValue(), l.dutiableValue(), l.due().duty(), l.due().consumptionTax(), l.due().vat());
        }
        out.printf("%-28s %10s %10s %10s %10s %10s%n", "parcel", a.parcel().goodsValue(), a.dutiableValue(),
                a.due().duty(), a.due().consumptionTax(), a.due().vat());
        out.println("Tax due: " + a.due().total() + " CNY (statutory " + a.statutory().total() + ")");
        out.println("Limit status: " + a.limitStatus() + (a.limitStatus().retailImport()
                ? "" : " — cannot be cleared as a cross-border retail import"));
        out.println("Year-to-date after release: " + a.yearToDateAfter() + " of " + TaxLimits.ofDefaults().annual() + " CNY");
    }
}
