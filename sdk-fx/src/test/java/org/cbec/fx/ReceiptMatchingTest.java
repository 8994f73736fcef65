package org.cbec.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cbec.customs.codes.CurrencyCode;
import org.cbec.fx.ReceiptMatching.Allocation;
import org.cbec.fx.ReceiptMatching.OrderBalance;
import org.junit.jupiter.api.Test;

class ReceiptMatchingTest {

    private static final String SELLER = "3301960XYZ";
    private static final LocalDate NOV = LocalDate.of(2026, 11, 1);

    private final CbecFx fx = CbecFx.of(Sales.RATES);

    @Test
    void combinesPartialPaymentsAndSplitsOneReceiptOverSeveralOrders() {
        List<ExportOrderFacts> orders = List.of(
                ExportOrderFacts.of("E-1", SELLER, usd("120.00"), NOV),
                ExportOrderFacts.of("E-2", SELLER, usd("80.00"), NOV.plusDays(1)),
                ExportOrderFacts.of("E-3", SELLER, usd("50.00"), NOV.plusDays(2)));
        List<ReceiptFacts> receipts = List.of(
                ReceiptFacts.of("R-1", SELLER, "E-1", usd("100.00"), NOV.plusDays(10)),   // partial, names E-1
                ReceiptFacts.of("R-2", SELLER, null, usd("110.00"), NOV.plusDays(11)));   // 20 to E-1, 80 to E-2, 10 to E-3

        ReceiptMatching m = fx.matchReceipts(orders, receipts);

        assertThat(m.allocations()).containsExactly(
                new Allocation("R-1", "E-1", usd("100.00"), true),
                new Allocation("R-2", "E-1", usd("20.00"), false),
                new Allocation("R-2", "E-2", usd("80.00"), false),
                new Allocation("R-2", "E-3", usd("10.00"), false));
        assertThat(m.settledOrders()).extracting(OrderBalance::orderNo).containsExactly("E-1", "E-2");
        assertThat(m.unpaidOrders()).containsExactly(new OrderBalance("E-3", SELLER, usd("50.00"), usd("10.00"), usd("40.00")));
        assertThat(m.unmatchedReceipts()).isEmpty();
    }

    @Test
    void aShortfallWithinTheToleranceSettlesTheOrder() {
        // the bank took a 15.00 USD charge from a 1000.00 USD payment; 1.5 % tolerance
        CbecFx tolerant = fx.newBuilder().receiptTolerance(Tolerance.of(new BigDecimal("0.015"), 0)).build();
        List<ExportOrderFacts> orders = List.of(ExportOrderFacts.of("E-1", SELLER, usd("1000.00"), NOV),
                ExportOrderFacts.of("E-2", SELLER, usd("200.00"), NOV.plusDays(1)));
        List<ReceiptFacts> receipts = List.of(ReceiptFacts.of("R-1", SELLER, "E-1", usd("985.00"), NOV.plusDays(5)),
                ReceiptFacts.of("R-2", SELLER, null, usd("200.00"), NOV.plusDays(6)));

        ReceiptMatching m = tolerant.matchReceipts(orders, receipts);

        assertThat(m.settledOrders()).extracting(OrderBalance::orderNo).containsExactly("E-1", "E-2");
        assertThat(m.allocations()).extracting(Allocation::orderNo).containsExactly("E-1", "E-2"); // R-2 does not top up E-1
        // without a tolerance R-2 first tops up E-1 and leaves E-2 short by the bank charge
        assertThat(fx.matchReceipts(orders, receipts).unpaidOrders())
                .containsExactly(new OrderBalance("E-2", SELLER, usd("200.00"), usd("185.00"), usd("15.00")));
    }

    @Test
    void reportsWhatNoOrderTookWithTheReason() {
        List<ExportOrderFacts> orders = List.of(ExportOrderFacts.of("E-1", SELLER, usd("50.00"), NOV));
        List<ReceiptFacts> receipts = List.of(
                ReceiptFacts.of("R-1", SELLER, "E-1", usd("60.00"), NOV.plusDays(1)),
                ReceiptFacts.of("R-2", SELLER, null, Money.of("30.00", CurrencyCode.EUR), NOV.plusDays(2)),
                ReceiptFacts.of("R-3", "OTHER", "E-9", usd("5.00"), NOV.plusDays(3)));

        ReceiptMatching m = fx.matchReceipts(orders, receipts);

        assertThat(m.unmatchedReceipts()).extracting(u -> u.receiptId() + ": " + u.remaining() + ": " + u.reason()).containsExactly(
                "R-1: 10.00 USD: 10.00 USD left after paying every open order of seller 3301960XYZ in USD (502)",
                "R-2: 30.00 EUR: no export order of seller 3301960XYZ in EUR (300)",
                "R-3: 5.00 USD: names order E-9, which is not in the batch; no export order of seller OTHER in USD (502)");
        assertThat(m.unpaidOrders()).isEmpty();
    }

    @Test
    void refusesARepeatedReceiptOrOrder() {
        ReceiptFacts r = ReceiptFacts.of("R-1", SELLER, null, usd("1.00"), NOV);
        assertThatThrownBy(() -> fx.matchReceipts(List.of(), List.of(r, r))).hasMessage("receipt R-1 appears twice");
        ExportOrderFacts o = ExportOrderFacts.of("E-1", SELLER, usd("1.00"), NOV);
        assertThatThrownBy(() -> fx.matchReceipts(List.of(o, o), List.of())).hasMessage("export order E-1 appears twice");
    }

    /** No receipt amount is assigned twice, no order receives more than its amount, and nothing is lost. */
    @Property(tries = 200)
    void neverAssignsOneReceiptAmountTwice(@ForAll("orders") List<ExportOrderFacts> orders,
                                           @ForAll("receipts") List<ReceiptFacts> receipts,
                                           @ForAll("tolerances") Tolerance tolerance) {
        ReceiptMatching m = fx.newBuilder().receiptTolerance(tolerance).build().matchReceipts(orders, receipts);

        Map<String, Money> assignedFromReceipt = new HashMap<>();
        Map<String, Money> assignedToOrder = new HashMap<>();
        for (Allocation a : m.allocations()) {
            assertThat(a.amount().isPositive()).isTrue();
            assignedFromReceipt.merge(a.receiptId(), a.amount(), Money::plus);
            assignedToOrder.merge(a.orderNo(), a.amount(), Money::plus);
        }
        assertThat(m.allocations().stream().map(a -> a.receiptId() + "→" + a.orderNo()).distinct().count())
                .isEqualTo(m.allocations().size());
        for (ReceiptFacts r : receipts) {
            Money assigned = assignedFromReceipt.getOrDefault(r.receiptId(), Money.zero(r.amount().currency()));
            Money left = m.unmatchedReceipts().stream().filter(u -> u.receiptId().equals(r.receiptId()))
                    .map(ReceiptMatching.UnmatchedReceipt::remaining).findFirst().orElse(Money.zero(r.amount().currency()));
            assertThat(assigned.plus(left)).as(r.receiptId()).isEqualTo(r.amount());
        }
        List<OrderBalance> balances = new ArrayList<>(m.settledOrders());
        balances.addAll(m.unpaidOrders());
        assertThat(balances).hasSameSizeAs(orders);
        for (OrderBalance b : balances) {
            Money assigned = assignedToOrder.getOrDefault(b.orderNo(), Money.zero(b.amount().currency()));
            assertThat(assigned).isEqualTo(b.received());
            assertThat(b.received().compareTo(b.amount())).isLessThanOrEqualTo(0);
            assertThat(b.received().plus(b.outstanding())).isEqualTo(b.amount());
        }
        for (ReceiptMatching.UnmatchedReceipt u : m.unmatchedReceipts()) {
            assertThat(m.unpaidOrders()).as("unmatched %s while an order of its seller and currency is open", u.receiptId())
                    .noneMatch(b -> b.sellerCode().equals(u.sellerCode()) && b.amount().currency() == u.remaining().currency());
        }
    }

    @Provide
    Arbitrary<List<ExportOrderFacts>> orders() {
        return Combinators.combine(Arbitraries.of("S1", "S2"), Arbitraries.of(CurrencyCode.USD, CurrencyCode.JPY),
                        Arbitraries.longs().between(1, 500_000), Arbitraries.integers().between(0, 29))
                .as((seller, cur, minor, day) -> new Object[] {seller, cur, minor, day})
                .list().ofMaxSize(8)
                .map(list -> {
                    List<ExportOrderFacts> out = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        Object[] v = list.get(i);
                        out.add(ExportOrderFacts.of("E-" + i, (String) v[0], Money.ofMinor((Long) v[2], (CurrencyCode) v[1]),
                                NOV.plusDays((Integer) v[3])));
                    }
                    return out;
                });
    }

    @Provide
    Arbitrary<List<ReceiptFacts>> receipts() {
        return Combinators.combine(Arbitraries.of("S1", "S2"), Arbitraries.of(CurrencyCode.USD, CurrencyCode.JPY),
                        Arbitraries.longs().between(1, 500_000), Arbitraries.integers().between(0, 29),
                        Arbitraries.integers().between(0, 9).injectNull(0.4))
                .as((seller, cur, minor, day, named) -> new Object[] {seller, cur, minor, day, named})
                .list().ofMaxSize(10)
                .map(list -> {
                    List<ReceiptFacts> out = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        Object[] v = list.get(i);
                        out.add(ReceiptFacts.of("R-" + i, (String) v[0], v[4] == null ? null : "E-" + v[4],
                                Money.ofMinor((Long) v[2], (CurrencyCode) v[1]), NOV.plusDays((Integer) v[3])));
                    }
                    return out;
                });
    }

    @Provide
    Arbitrary<Tolerance> tolerances() {
        return Combinators.combine(Arbitraries.integers().between(0, 50).map(n -> BigDecimal.valueOf(n, 3)),
                Arbitraries.integers().between(0, 500)).as(Tolerance::of);
    }

    private static Money usd(String v) {
        return Money.of(v, CurrencyCode.USD);
    }
}
