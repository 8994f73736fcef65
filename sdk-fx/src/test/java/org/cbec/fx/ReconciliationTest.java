package org.cbec.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cbec.fx.Sales.order;
import static org.cbec.fx.Sales.payment;
import static org.cbec.fx.Sales.waybill;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cbec.customs.codes.CurrencyCode;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

    private final CbecFx fx = CbecFx.of(Sales.RATES);

    @Test
    void threeAgreeingFlowsGiveACleanReport() {
        OrderFacts cnyOrder = order("O-1", "张三", "110101199003074514", Money.of("179.70", CurrencyCode.CNY));
        OrderFacts usdOrder = order("O-2", "李四", "11010119900307451X", Money.of("25.30", CurrencyCode.USD));
        TradeBatch batch = TradeBatch.of(List.of(cnyOrder, usdOrder),
                List.of(payment(cnyOrder, Money.of("179.70", CurrencyCode.CNY)), payment(usdOrder, Money.of("179.66", CurrencyCode.CNY))),
                List.of(waybill(cnyOrder), waybill(usdOrder)));

        ReconciliationReport report = fx.reconcile(batch);

        // O-2: 179.66 CNY / 7.1012 = 25.29995… → 25.30 USD
        assertThat(report.discrepancies()).isEmpty();
        assertThat(report.agreedOrders()).containsExactlyInAnyOrder("O-1", "O-2");
    }

    @Test
    void reportsAnAmountOutsideTheToleranceWithTheValuesCompared() {
        OrderFacts o = order("O-7", "张三", "110101199003074514", Money.of("179.70", CurrencyCode.CNY));
        TradeBatch batch = TradeBatch.of(List.of(o), List.of(payment(o, Money.of("25.20", CurrencyCode.USD))), List.of(waybill(o)));

        ReconciliationReport report = fx.reconcile(batch);

        // 25.20 × 7.1012 = 178.95024 → 178.95 CNY; allowed: 0.01 + half a US cent (0.035506) + half a fen
        assertThat(report.discrepancies()).extracting(Discrepancy::toString).containsExactly(
                "FX-R04 O-7 [PAY-O-7]: paid 178.95 CNY (25.20 USD at the central parity rate of 2026-11-23), order 179.70 CNY,"
                        + " allowed difference 0.050506 CNY");
        assertThat(fx.newBuilder().paymentTolerance(Tolerance.of(new java.math.BigDecimal("0.005"), 0)).build()
                .reconcile(batch).isClean()).isTrue();
    }

    @Test
    void masksThePartiesInTheReason() {
        OrderFacts o = order("O-8", "张三", "110101199003074514", Money.of("10.00", CurrencyCode.CNY));
        PaymentFacts p = payment(o, o.paid()).toBuilder().payerName("李四").payerIdNumber("11010119900307451X").build();

        ReconciliationReport report = fx.reconcile(TradeBatch.of(List.of(o), List.of(p), List.of(waybill(o).withShipped(false))));

        assertThat(report.discrepancies()).extracting(Discrepancy::toString).containsExactly(
                "FX-R07 O-8 [PAY-O-8]: payer 李* 110***********451X, buyer 张* 110***********4514",
                "FX-R10 O-8 [SFO-8]: waybill SFO-8 filed but the goods have not left");
        assertThat(report.agreedOrders()).isEmpty();
    }

    @Test
    void aPaymentInACurrencyWithoutARateIsReportedNotThrown() {
        OrderFacts o = order("O-9", "张三", "110101199003074514", Money.of("10.00", CurrencyCode.CNY));
        ReconciliationReport report = fx.reconcile(TradeBatch.of(List.of(o),
                List.of(payment(o, Money.of("1.00", CurrencyCode.GBP))), List.of(waybill(o))));
        assertThat(report.discrepancies()).extracting(Discrepancy::toString).containsExactly(
                "FX-R12 O-9 [PAY-O-9]: no central parity rate for GBP (303) on 2026-11-23 in the rate source");
    }

    // ---- property: every injected mismatch is found, and nothing else ----

    enum Injection {
        AMOUNT(DiscrepancyCode.AMOUNT_MISMATCH),
        TRANSACTION(DiscrepancyCode.TRANSACTION_MISMATCH),
        INSTITUTION(DiscrepancyCode.PAYMENT_INSTITUTION_MISMATCH),
        PAYER(DiscrepancyCode.PAYER_MISMATCH),
        PAYEE(DiscrepancyCode.PAYEE_MISMATCH),
        CONSIGNEE(DiscrepancyCode.CONSIGNEE_MISMATCH),
        NOT_SHIPPED(DiscrepancyCode.GOODS_NOT_SHIPPED),
        NO_PAYMENT(DiscrepancyCode.PAYMENT_MISSING),
        NO_SHIPMENT(DiscrepancyCode.SHIPMENT_MISSING),
        DUPLICATE_PAYMENT(DiscrepancyCode.DUPLICATE),
        NO_ORDER(DiscrepancyCode.ORDER_MISSING),
        NO_RATE(DiscrepancyCode.RATE_MISSING);

        final DiscrepancyCode code;

        Injection(DiscrepancyCode code) {
            this.code = code;
        }
    }

    /** One sale: the order's currency and amount, the payment's currency, and what (if anything) is broken. */
    record Sale(CurrencyCode orderCurrency, long minor, CurrencyCode payCurrency, int buyer, Injection injection) {
    }

    @Property(tries = 150)
    void findsEveryInjectedMismatchAndNothingElse(@ForAll("sales") List<Sale> sales) {
        List<OrderFacts> orders = new ArrayList<>();
        List<PaymentFacts> payments = new ArrayList<>();
        List<ShipmentFacts> shipments = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < sales.size(); i++) {
            Sale s = sales.get(i);
            String no = "O-" + i;
            OrderFacts o = order(no, "买家" + s.buyer(), String.format("1101011990030%05d", s.buyer()),
                    Money.ofMinor(s.minor(), s.orderCurrency()));
            PaymentFacts p = payment(o, fx.convert(o.paid(), s.payCurrency(), Sales.DAY));
            ShipmentFacts w = waybill(o);
            Injection inj = s.injection();
            if (inj != null) {
                expected.add(no + " " + inj.code.code());
                switch (inj) {
                    case AMOUNT -> p = p.toBuilder().amount(Money.of(p.amount().amount().multiply(new java.math.BigDecimal("1.1"))
                            .add(p.amount().minorUnit().multiply(java.math.BigDecimal.valueOf(100))), p.amount().currency())).build();
                    case TRANSACTION -> p = p.toBuilder().payTransactionId("OTHER-" + i).build();
                    case INSTITUTION -> p = p.toBuilder().payCode("OTHERPAY").build();
                    case PAYER -> p = p.toBuilder().payerIdNumber("999999199003074514").build();
                    case PAYEE -> p = p.toBuilder().payeeCode("OTHEREBP").build();
                    case CONSIGNEE -> w = w.withConsignee("别人");
                    case NOT_SHIPPED -> w = w.withShipped(false);
                    case NO_PAYMENT -> p = null;
                    case NO_SHIPMENT -> w = null;
                    case DUPLICATE_PAYMENT -> payments.add(p);
                    case NO_ORDER -> {
                        o = null;
                        expected.add(no + " " + inj.code.code()); // the payment and the waybill each name it
                    }
                    case NO_RATE -> p = p.toBuilder().amount(Money.of("1.00", CurrencyCode.GBP)).build();
                    default -> throw new AssertionError(inj);
                }
            }
            if (o != null) {
                orders.add(o);
            }
            if (p != null) {
                payments.add(p);
            }
            if (w != null) {
                shipments.add(w);
            }
        }
        java.util.Collections.reverse(payments); // order of the lists does not matter

        ReconciliationReport report = fx.reconcile(TradeBatch.of(orders, payments, shipments));

        assertThat(report.discrepancies()).extracting(d -> d.orderNo() + " " + d.code().code())
                .containsExactlyInAnyOrderElementsOf(expected);
        Set<String> clean = new java.util.HashSet<>();
        for (int i = 0; i < sales.size(); i++) {
            if (sales.get(i).injection() == null) {
                clean.add("O-" + i);
            }
        }
        assertThat(report.agreedOrders()).isEqualTo(clean);
    }

    @Provide
    Arbitrary<List<Sale>> sales() {
        Arbitrary<CurrencyCode> currencies = Arbitraries.of(CurrencyCode.CNY, CurrencyCode.USD, CurrencyCode.EUR, CurrencyCode.JPY);
        Arbitrary<Sale> sale = Combinators.combine(currencies, Arbitraries.longs().between(100, 100_000_000L), currencies,
                        Arbitraries.integers().between(0, 99_999), Arbitraries.of(Injection.class).injectNull(0.6))
                .as(Sale::new);
        return sale.list().ofMinSize(1).ofMaxSize(12);
    }

    @Test
    void everyInjectionMapsToItsOwnCode() {
        assertThat(Set.of(Injection.values()).stream().map(i -> i.code).collect(Collectors.toSet()))
                .hasSize(Injection.values().length);
    }
}
