package org.cbec.tax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;

import org.cbec.tax.spi.AnnualQuotaLedger;
import org.cbec.tax.spi.BookingResult;
import org.cbec.tax.spi.TaxRateTable;
import org.junit.jupiter.api.Test;

class CbecTaxTest {

    static final String BUYER = "110101199003074514";
    static final TaxRates VAT_13 = TaxRates.of("general", new BigDecimal("0.10"), new BigDecimal("0.13"));
    static final TaxRates COSMETICS = TaxRates.of("cosmetics", new BigDecimal("0.05"), new BigDecimal("0.13"))
            .withAdValoremConsumptionTax(new BigDecimal("0.15"));
    static final TaxRates BEER = TaxRates.of("beer", BigDecimal.ZERO, new BigDecimal("0.13"))
            .withSpecificConsumptionTax(new BigDecimal("250"), "tonne");

    // 2026-03-01 10:00 in China
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T02:00:00Z"), ZoneOffset.UTC);
    private final AnnualQuotaLedger ledger = AnnualQuotaLedgers.inMemory();
    private final CbecTax tax = CbecTax.builder().rateTable(TaxRateTables.sample()).ledger(ledger).clock(clock).build();

    static BigDecimal cny(String v) {
        return new BigDecimal(v);
    }

    static TaxableParcel parcel(TaxRates rates, String value, String quantity, String freight) {
        return TaxableParcel.builder().orderNo("O1").buyerIdNumber(BUYER)
                .addLine(GoodsLine.builder().itemName("goods").rates(rates).quantity(cny(quantity)).value(cny(value)).build())
                .freight(cny(freight)).build();
    }

    @Test
    void vatOnlyLineWithFreightPaysSeventyPercentOfVatOnValuePlusFreight() {
        // value 1,000.00 + freight 50.00, no consumption tax, VAT 13 %:
        // VAT due = 1,050.00 × 13 % × 70 % = 95.55; duty 0 within the limits
        TaxAssessment a = tax.estimate(parcel(VAT_13, "1000.00", "1", "50.00"), cny("0.00"));

        assertThat(a.limitStatus()).isEqualTo(LimitStatus.WITHIN_LIMITS);
        assertThat(a.dutiableValue()).isEqualByComparingTo("1050.00");
        assertThat(a.statutory()).isEqualTo(new TaxAmounts(cny("0"), cny("0"), cny("136.50")));
        assertThat(a.due()).isEqualTo(new TaxAmounts(cny("0"), cny("0"), cny("95.55")));
        assertThat(a.due().total()).isEqualByComparingTo("95.55");
    }

    @Test
    void cosmeticsWithFifteenPercentConsumptionTaxPayAbout23Point06PercentOfValue() {
        // consumption tax = 1,000.00 / (1 − 0.15) × 0.15 = 176.470588… → 176.47
        // VAT = (1,000.00 + 176.47) × 0.13 = 152.9411 → 152.94 (base includes the FULL consumption tax)
        // due: 176.470588… × 0.7 = 123.53; 152.9411 × 0.7 = 107.06; total 230.59
        // = (0.15 + 0.13) / (1 − 0.15) × 70 % ≈ 23.06 % of 1,000.00
        TaxAssessment a = tax.estimate(parcel(COSMETICS, "1000.00", "1", "0.00"), cny("0.00"));

        assertThat(a.statutory()).isEqualTo(new TaxAmounts(cny("0"), cny("176.47"), cny("152.94")));
        assertThat(a.due()).isEqualTo(new TaxAmounts(cny("0"), cny("123.53"), cny("107.06")));
        BigDecimal rate = a.due().total().divide(cny("1000.00"), 4, RoundingMode.HALF_UP);
        assertThat(rate).isEqualByComparingTo("0.2306");
        BigDecimal formula = cny("0.28").divide(cny("0.85"), 10, RoundingMode.HALF_UP).multiply(cny("0.7"));
        assertThat(formula.setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("0.2306");
    }

    @Test
    void specificConsumptionTaxIsQuantityTimesRateAndEntersTheVatBase() {
        // 24 bottles of beer, 12 kg = 0.012 tonne at 250 CNY/tonne: consumption tax 3.00
        // VAT = (200.00 + 3.00) × 0.13 = 26.39; due 3.00 × 0.7 = 2.10 and 26.39 × 0.7 = 18.473 → 18.47
        TaxableParcel p = TaxableParcel.builder().buyerIdNumber(BUYER)
                .addLine(GoodsLine.builder().itemName("啤酒").rates(BEER).quantity(cny("24"))
                        .legalQuantity(cny("0.012")).value(cny("200.00")).build())
                .build();
        TaxAssessment a = tax.estimate(p, cny("0.00"));

        assertThat(a.statutory()).isEqualTo(new TaxAmounts(cny("0"), cny("3.00"), cny("26.39")));
        assertThat(a.due()).isEqualTo(new TaxAmounts(cny("0"), cny("2.10"), cny("18.47")));
    }

    @Test
    void compoundConsumptionTaxAddsSpecificPartToTheAdValoremBase() {
        TaxRates spirits = TaxRates.of("spirits", BigDecimal.ZERO, cny("0.13"))
                .withAdValoremConsumptionTax(cny("0.20")).withSpecificConsumptionTax(cny("1000"), "tonne");
        TaxableParcel p = TaxableParcel.builder().buyerIdNumber(BUYER)
                .addLine(GoodsLine.builder().itemName("白酒").rates(spirits).legalQuantity(cny("0.001"))
                        .value(cny("399.00")).build())
                .build();
        // (399.00 + 1.00) / 0.8 × 0.2 + 1.00 = 101.00; VAT (399.00 + 101.00) × 0.13 = 65.00
        assertThat(tax.estimate(p, cny("0")).statutory()).isEqualTo(new TaxAmounts(cny("0"), cny("101.00"), cny("65.00")));
    }

    @Test
    void ratesComeFromTheTableByCategoryOrHsCode() {
        TaxableParcel p = TaxableParcel.builder().buyerIdNumber(BUYER)
                .addLine(GoodsLine.builder().itemNo(1).itemName("口红").hsCode("3304100091").value(cny("1000.00")).build())
                .addLine(GoodsLine.builder().itemNo(2).itemName("奶粉").taxCategory("milk-powder").value(cny("300.00")).build())
                .build();
        TaxAssessment a = tax.estimate(p, cny("0"));
        assertThat(a.lines().get(0).rates().consumptionRate()).isEqualByComparingTo("0.15");
        assertThat(a.lines().get(1).rates().category()).startsWith("milk powder");
    }

    @Test
    void freightAndInsuranceAreAllocatedByValueInFenWithTheRemainderOnTheLastLine() {
        TaxableParcel p = TaxableParcel.builder().buyerIdNumber(BUYER)
                .addLine(GoodsLine.builder().itemNo(1).itemName("a").rates(VAT_13).value(cny("1.00")).build())
                .addLine(GoodsLine.builder().itemNo(2).itemName("b").rates(VAT_13).value(cny("1.00")).build())
                .addLine(GoodsLine.builder().itemNo(3).itemName("c").rates(VAT_13).value(cny("1.00")).build())
                .freight(cny("10.00")).insurance(cny("0.05")).build();
        TaxAssessment a = tax.estimate(p, cny("0"));
        assertThat(a.lines()).extracting(LineTax::freight).containsExactly(cny("3.33"), cny("3.33"), cny("3.34"));
        assertThat(a.lines()).extracting(LineTax::insurance).containsExactly(cny("0.01"), cny("0.01"), cny("0.03"));
        assertThat(a.lines()).extracting(LineTax::dutiableValue).containsExactly(cny("4.34"), cny("4.34"), cny("4.37"));
    }

    @Test
    void singleTransactionLimitIsInclusiveAt5000() {
        // two articles: divisible, so above 5,000 the parcel is not a retail import
        assertThat(tax.estimate(parcel(VAT_13, "4949.99", "2", "50.00"), cny("0")).limitStatus())
                .isEqualTo(LimitStatus.WITHIN_LIMITS);
        assertThat(tax.estimate(parcel(VAT_13, "4950.00", "2", "50.00"), cny("0")).limitStatus())
                .isEqualTo(LimitStatus.WITHIN_LIMITS);
        TaxAssessment over = tax.estimate(parcel(VAT_13, "4950.01", "2", "50.00"), cny("0"));
        assertThat(over.limitStatus()).isEqualTo(LimitStatus.OVER_SINGLE_LIMIT);
        assertThat(over.limitStatus().retailImport()).isFalse();
        // general trade: duty 10 % of 5,000.01 = 500.00; VAT (5,000.01 + 500.00) × 13 % = 715.00
        assertThat(over.due()).isEqualTo(new TaxAmounts(cny("500.00"), cny("0"), cny("715.00")));
        assertThat(over.yearToDateAfter()).isEqualByComparingTo("0");
    }

    @Test
    void dutiableValuesOf4999_99And5000_00AreWithinAnd5000_01IsOver() {
        assertThat(tax.estimate(parcel(VAT_13, "4999.99", "3", "0.00"), cny("0")).limitStatus()).isEqualTo(LimitStatus.WITHIN_LIMITS);
        assertThat(tax.estimate(parcel(VAT_13, "5000.00", "3", "0.00"), cny("0")).limitStatus()).isEqualTo(LimitStatus.WITHIN_LIMITS);
        assertThat(tax.estimate(parcel(VAT_13, "5000.01", "3", "0.00"), cny("0")).limitStatus()).isEqualTo(LimitStatus.OVER_SINGLE_LIMIT);
    }

    @Test
    void annualLimitIsInclusiveAt26000() {
        TaxAssessment at = tax.estimate(parcel(VAT_13, "1000.00", "1", "0.00"), cny("25000.00"));
        assertThat(at.limitStatus()).isEqualTo(LimitStatus.WITHIN_LIMITS);
        assertThat(at.yearToDateAfter()).isEqualByComparingTo("26000.00");

        TaxAssessment over = tax.estimate(parcel(VAT_13, "1000.01", "1", "0.00"), cny("25000.00"));
        assertThat(over.limitStatus()).isEqualTo(LimitStatus.OVER_ANNUAL_LIMIT);
        assertThat(over.limitStatus().retailImport()).isFalse();
        assertThat(over.due().duty()).isEqualByComparingTo("100.00");
        assertThat(over.yearToDateAfter()).isEqualByComparingTo("25000.00");
    }

    @Test
    void indivisibleItemAt6000WithinTheAnnualLimitIsTaxedInFullAndCounted() {
        TaxAssessment a = tax.estimate(parcel(VAT_13, "6000.00", "1", "0.00"), cny("0"));

        assertThat(a.limitStatus()).isEqualTo(LimitStatus.INDIVISIBLE_ITEM_OVER_SINGLE_LIMIT);
        assertThat(a.limitStatus().retailImport()).isTrue();
        // general trade: duty 600.00, VAT (6,000.00 + 600.00) × 13 % = 858.00, nothing reduced
        assertThat(a.due()).isEqualTo(new TaxAmounts(cny("600.00"), cny("0"), cny("858.00")));
        assertThat(a.due()).isEqualTo(a.statutory());
        assertThat(a.yearToDateAfter()).isEqualByComparingTo("6000.00");
    }

    @Test
    void indivisibleItemAt6000BeyondTheAnnualLimitIsOverTheAnnualLimit() {
        assertThat(tax.estimate(parcel(VAT_13, "6000.00", "1", "0.00"), cny("20000.01")).limitStatus())
                .isEqualTo(LimitStatus.OVER_ANNUAL_LIMIT);
        assertThat(tax.estimate(parcel(VAT_13, "6000.00", "1", "0.00"), cny("20000.00")).limitStatus())
                .isEqualTo(LimitStatus.INDIVISIBLE_ITEM_OVER_SINGLE_LIMIT);
    }

    @Test
    void releaseCountsTheParcelInTheChinaYearAndAReturnRestoresIt() {
        TaxAssessment a = tax.estimate(parcel(VAT_13, "1000.00", "1", "50.00"));
        // 2026-12-31T16:30Z is already 2027-01-01 in China
        BookingResult r = tax.recordRelease("INVT-1", a, Instant.parse("2026-12-31T16:30:00Z"));
        assertThat(r.outcome()).isEqualTo(BookingResult.Outcome.BOOKED);
        assertThat(ledger.yearToDate(BUYER, Year.of(2027))).isEqualByComparingTo("1050.00");
        assertThat(ledger.yearToDate(BUYER, Year.of(2026))).isEqualByComparingTo("0");

        tax.recordRelease("INVT-2", a, Instant.parse("2026-03-01T02:00:00Z"));
        assertThat(tax.yearToDate(BUYER)).isEqualByComparingTo("1050.00");
        assertThat(tax.estimate(parcel(VAT_13, "1.00", "1", "0.00")).yearToDateBefore()).isEqualByComparingTo("1050.00");
        assertThat(tax.recordReturn("INVT-2")).isTrue();
        assertThat(tax.yearToDate(BUYER)).isEqualByComparingTo("0");
    }

    @Test
    void aDivisibleParcelOverTheSingleLimitIsNeverCounted() {
        TaxAssessment over = tax.estimate(parcel(VAT_13, "5000.01", "2", "0.00"), cny("0"));
        assertThatThrownBy(() -> tax.recordRelease("INVT-9", over, clock.instant()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void buyerIdNumberIsMaskedInToString() {
        TaxableParcel p = parcel(VAT_13, "1.00", "1", "0.00");
        assertThat(p.toString()).doesNotContain(BUYER).contains("110***********4514");
        assertThat(tax.estimate(p, cny("0")).toString()).doesNotContain(BUYER);
    }

    @Test
    void rejectsAmountsThatAreNotWholeFenOrNegative() {
        assertThatThrownBy(() -> parcel(VAT_13, "1.001", "1", "0.00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parcel(VAT_13, "1.00", "1", "-1.00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void newBuilderDerivesAVariantSharingTheLedger() {
        CbecTax nextYear = tax.newBuilder().clock(Clock.fixed(Instant.parse("2027-06-01T00:00:00Z"), ZoneOffset.UTC)).build();
        assertThat(nextYear.ledger()).isSameAs(ledger);
        assertThat(nextYear.today()).isEqualTo(java.time.LocalDate.of(2027, 6, 1));
        assertThat(tax.today()).isEqualTo(java.time.LocalDate.of(2026, 3, 1));
    }

    @Test
    void aRateTableIsRequired() {
        assertThatThrownBy(() -> CbecTax.builder().build()).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("sample");
    }
}
