package org.cbec.tax;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.cbec.tax.internal.Allocation;
import org.cbec.tax.spi.TaxRateTable;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ImportTaxProperties {

    private static final BigDecimal FEN = new BigDecimal("0.01");
    private static final BigDecimal SEVENTY_PERCENT = new BigDecimal("0.7");
    private static final List<TaxRates> RATES = List.of(CbecTaxTest.VAT_13, CbecTaxTest.COSMETICS, CbecTaxTest.BEER,
            TaxRates.of("wine", new BigDecimal("0.14"), new BigDecimal("0.13")).withAdValoremConsumptionTax(new BigDecimal("0.10"))
                    .withSpecificConsumptionTax(new BigDecimal("3"), "litre"),
            TaxRates.of("books", BigDecimal.ZERO, new BigDecimal("0.09")));

    private final CbecTax tax = CbecTax.builder().rateTable(TaxRateTables.sample()).build();

    @Property(tries = 300)
    void taxIsNeverNegative(@ForAll("parcels") TaxableParcel parcel, @ForAll("yearToDate") BigDecimal ytd) {
        TaxAssessment a = tax.estimate(parcel, ytd);
        for (LineTax l : a.lines()) {
            for (TaxAmounts t : List.of(l.statutory(), l.due())) {
                assertThat(t.duty().signum()).isGreaterThanOrEqualTo(0);
                assertThat(t.consumptionTax().signum()).isGreaterThanOrEqualTo(0);
                assertThat(t.vat().signum()).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @Property(tries = 300)
    void lineTaxesAndValuesSumToTheParcel(@ForAll("parcels") TaxableParcel parcel, @ForAll("yearToDate") BigDecimal ytd) {
        TaxAssessment a = tax.estimate(parcel, ytd);
        BigDecimal due = BigDecimal.ZERO;
        BigDecimal statutory = BigDecimal.ZERO;
        BigDecimal dutiable = BigDecimal.ZERO;
        for (LineTax l : a.lines()) {
            due = due.add(l.due().duty()).add(l.due().consumptionTax()).add(l.due().vat());
            statutory = statutory.add(l.statutory().total());
            dutiable = dutiable.add(l.dutiableValue());
        }
        assertThat(a.due().total()).isEqualByComparingTo(due);
        assertThat(a.statutory().total()).isEqualByComparingTo(statutory);
        assertThat(dutiable).isEqualByComparingTo(parcel.dutiableValue());
        assertThat(a.due().total().scale()).isEqualTo(2);
    }

    @Property(tries = 300)
    void withinTheLimitsEachLinePaysSeventyPercentOfTheStatutoryTaxToTheFen(@ForAll("parcels") TaxableParcel parcel) {
        TaxAssessment a = tax.estimate(parcel, BigDecimal.ZERO);
        if (a.limitStatus() != LimitStatus.WITHIN_LIMITS) {
            return;
        }
        for (LineTax l : a.lines()) {
            assertThat(l.statutory().duty()).isZero();
            assertThat(l.due().duty()).isZero();
            assertThat(l.due().consumptionTax().subtract(l.statutory().consumptionTax().multiply(SEVENTY_PERCENT)).abs())
                    .isLessThanOrEqualTo(FEN);
            assertThat(l.due().vat().subtract(l.statutory().vat().multiply(SEVENTY_PERCENT)).abs())
                    .isLessThanOrEqualTo(FEN);
        }
    }

    @Property(tries = 300)
    void taxIsMonotoneInValue(@ForAll @LongRange(min = 1, max = 3_000_000) long fen,
                              @ForAll @LongRange(min = 0, max = 500_000) long moreFen,
                              @ForAll @IntRange(min = 1, max = 3) int quantity,
                              @ForAll @LongRange(min = 0, max = 20_000) long freightFen,
                              @ForAll("rates") TaxRates rates, @ForAll("yearToDate") BigDecimal ytd) {
        BigDecimal lower = tax.estimate(single(fen, quantity, freightFen, rates), ytd).due().total();
        BigDecimal higher = tax.estimate(single(fen + moreFen, quantity, freightFen, rates), ytd).due().total();
        assertThat(higher).isGreaterThanOrEqualTo(lower);
    }

    @Property(tries = 500)
    void allocationSumsExactlyAndIsNeverNegative(@ForAll @LongRange(min = 0, max = 10_000_000) long amountFen,
                                                 @ForAll("weights") List<BigDecimal> weights) {
        BigDecimal amount = BigDecimal.valueOf(amountFen, 2);
        List<BigDecimal> shares = Allocation.proportional(amount, weights);
        assertThat(shares).hasSameSizeAs(weights);
        assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(amount);
        assertThat(shares).allSatisfy(s -> {
            assertThat(s.signum()).isGreaterThanOrEqualTo(0);
            assertThat(s.scale()).isEqualTo(2);
        });
    }

    private static TaxableParcel single(long fen, int quantity, long freightFen, TaxRates rates) {
        return TaxableParcel.builder().buyerIdNumber(CbecTaxTest.BUYER)
                .addLine(GoodsLine.builder().itemName("x").rates(rates).quantity(BigDecimal.valueOf(quantity))
                        .legalQuantity(new BigDecimal("0.75")).value(BigDecimal.valueOf(fen, 2)).build())
                .freight(BigDecimal.valueOf(freightFen, 2)).build();
    }

    @Provide
    Arbitrary<TaxRates> rates() {
        return Arbitraries.of(RATES);
    }

    @Provide
    Arbitrary<BigDecimal> yearToDate() {
        return Arbitraries.longs().between(0, 2_600_000).map(f -> BigDecimal.valueOf(f, 2))
                .edgeCases(c -> c.add(BigDecimal.ZERO.setScale(2)));
    }

    @Provide
    Arbitrary<List<BigDecimal>> weights() {
        return Arbitraries.longs().between(0, 100_000_000).map(f -> BigDecimal.valueOf(f, 2)).list().ofMinSize(1).ofMaxSize(10);
    }

    @Provide
    Arbitrary<TaxableParcel> parcels() {
        Arbitrary<GoodsLine.Builder> line = Combinators.combine(
                Arbitraries.longs().between(0, 300_000),
                Arbitraries.integers().between(1, 4),
                Arbitraries.longs().between(0, 5_000),
                rates()).as((fen, qty, litreMl, r) -> GoodsLine.builder().itemName("x").rates(r)
                        .quantity(BigDecimal.valueOf(qty)).legalQuantity(BigDecimal.valueOf(litreMl, 3))
                        .value(BigDecimal.valueOf(fen, 2)));
        return Combinators.combine(line.list().ofMinSize(1).ofMaxSize(5),
                Arbitraries.longs().between(0, 20_000), Arbitraries.longs().between(0, 5_000))
                .as((lines, freight, insurance) -> {
                    List<GoodsLine> built = new ArrayList<>();
                    for (int i = 0; i < lines.size(); i++) {
                        built.add(lines.get(i).itemNo(i + 1).build());
                    }
                    return TaxableParcel.builder().buyerIdNumber(CbecTaxTest.BUYER).lines(built)
                            .freight(BigDecimal.valueOf(freight, 2)).insurance(BigDecimal.valueOf(insurance, 2)).build();
                });
    }
}
