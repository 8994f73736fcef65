package org.cbec.examples;

import java.math.BigDecimal;
import java.time.Instant;
import org.cbec.core.validation.Sensitivity;
import org.cbec.tax.CbecTax;
import org.cbec.tax.GoodsLine;
import org.cbec.tax.LineTax;
import org.cbec.tax.TaxAssessment;
import org.cbec.tax.TaxLimits;
import org.cbec.tax.TaxableParcel;
import org.cbec.tax.spi.BookingResult;
import org.cbec.tax.spi.TaxRateTable;

/**
 * Tells a buyer the import tax of a basket before checkout, with where it stands against the 5,000 / 26,000 CNY
 * limits, then counts the parcel in the buyer's year when it is released. Uses the built-in SAMPLE rates.
 *
 * <p>Run: {@code ./mvnw -B -q -Pdemo -Dexample=org.cbec.examples.TaxEstimate -DskipTests package -pl examples -am}
 */
public final class TaxEstimate {

    private TaxEstimate() {
    }

    public static void main(String[] args) {
        CbecTax tax = CbecTax.builder().rateTable(TaxRateTable.sample()).build();
        String buyer = "110101199003074514";

        TaxableParcel basket = TaxableParcel.builder()
                .orderNo("ORDER-20260301-0001")
                .buyerIdNumber(buyer)
                .addLine(GoodsLine.builder().itemNo(1).itemName("口红 lipstick").hsCode("3304100091")
                        .quantity(new BigDecimal("2")).value(new BigDecimal("600.00")).build())
                .addLine(GoodsLine.builder().itemNo(2).itemName("奶粉 milk powder").taxCategory("milk-powder")
                        .quantity(new BigDecimal("3")).value(new BigDecimal("540.00")).build())
                .addLine(GoodsLine.builder().itemNo(3).itemName("啤酒 beer, 24 × 500 ml").taxCategory("beer")
                        .quantity(new BigDecimal("24")).legalQuantity(new BigDecimal("0.012"))
                        .value(new BigDecimal("198.00")).build())
                .freight(new BigDecimal("30.00"))
                .build();

        System.out.println("Rates: the built-in SAMPLE table (illustrative, not the current tariff)");
        System.out.println("Buyer " + Sensitivity.ID_NUMBER.mask(buyer) + ", already imported this year: "
                + tax.yearToDate(buyer) + " CNY");
        show(tax.estimate(basket));

        BookingResult booked = tax.recordRelease("292820261000000001", tax.estimate(basket), Instant.now());
        System.out.println("Released: " + booked.outcome() + ", year-to-date now " + booked.yearToDate() + " CNY");

        // The same buyer, who has imported 25,000 CNY this year, at the annual limit:
        System.out.println();
        System.out.println("Same basket for a buyer at 25,000.00 CNY this year:");
        show(tax.estimate(basket, new BigDecimal("25000.00")));
    }

    private static void show(TaxAssessment a) {
        System.out.printf("%-28s %10s %10s %10s %10s %10s%n", "line", "value", "dutiable", "duty", "cons. tax", "VAT");
        for (LineTax l : a.lines()) {
            System.out.printf("%-28s %10s %10s %10s %10s %10s%n", l.itemNo() + " " + l.rates().category(),
                    l.goodsValue(), l.dutiableValue(), l.due().duty(), l.due().consumptionTax(), l.due().vat());
        }
        System.out.printf("%-28s %10s %10s %10s %10s %10s%n", "parcel", a.parcel().goodsValue(), a.dutiableValue(),
                a.due().duty(), a.due().consumptionTax(), a.due().vat());
        System.out.println("Tax due: " + a.due().total() + " CNY (statutory " + a.statutory().total() + ")");
        System.out.println("Limit status: " + a.limitStatus() + (a.limitStatus().retailImport()
                ? "" : " — cannot be cleared as a cross-border retail import"));
        System.out.println("Year-to-date after release: " + a.yearToDateAfter() + " of " + TaxLimits.ofDefaults().annual() + " CNY");
    }
}
