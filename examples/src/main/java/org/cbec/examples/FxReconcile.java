package org.cbec.examples;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.cbec.customs.codes.CurrencyCode;
import org.cbec.fx.CbecFx;
import org.cbec.fx.Currencies;
import org.cbec.fx.FxRecords;
import org.cbec.fx.FxTransactionRecord;
import org.cbec.fx.Money;
import org.cbec.fx.OrderFacts;
import org.cbec.fx.PaymentFacts;
import org.cbec.fx.RateSources;
import org.cbec.fx.RateType;
import org.cbec.fx.ReconciliationReport;
import org.cbec.fx.ShipmentFacts;
import org.cbec.fx.TradeBatch;
import org.cbec.fx.spi.RateSource;

/**
 * A payment institution's day: load the rates, convert, build the FX transaction records of three sales and
 * reconcile the batch (三流合一), in which one payment is short.
 *
 * <p>Run: {@code ./mvnw -B -q -Pdemo -Dexample=org.cbec.examples.FxReconcile -DskipTests package -pl examples -am}
 */
public final class FxReconcile {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private FxReconcile() {
    }

    public static void main(String[] args) throws Exception {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);

        // 1. Rates: CNY per unit (JPY quoted per 100), customs monthly for tax, central parity for FX.
        RateSource rates = RateSources.csv(new StringReader("""
                type,currency,period,rate,units
                CENTRAL_PARITY_DAILY,502,2026-11-23,7.1012,1
                CENTRAL_PARITY_DAILY,EUR,2026-11-23,8.2310,1
                CENTRAL_PARITY_DAILY,JPY,2026-11-23,4.6926,100
                CUSTOMS_MONTHLY,USD,2026-11,7.1026,1
                """));
        CbecFx fx = CbecFx.builder().rateSource(rates).build();

        // 2. Convert: customs writes currencies as numbers; amounts round once, to the target's minor units.
        Money usd = Money.of("100.00", CurrencyCode.USD);
        out.println("== convert");
        out.println(usd + " (customs " + usd.currency().code() + ") = " + fx.convert(usd, CurrencyCode.CNY, DAY)
                + " at the central parity, " + fx.convert(usd, CurrencyCode.CNY, DAY, RateType.CUSTOMS_MONTHLY)
                + " at the customs rate for tax");
        out.println(usd + " = " + fx.convert(usd, CurrencyCode.JPY, DAY) + " (crossed through CNY; JPY has "
                + Currencies.minorUnits(CurrencyCode.JPY) + " decimals)");

        // 3. Three sales: order (information), payment (funds), waybill (goods). O-3's payment is short.
        List<OrderFacts> orders = List.of(
                order("O-1", "张三", "110101199003074514", Money.of("179.70", CurrencyCode.CNY)),
                order("O-2", "李四", "11010119900307451X", Money.of("25.30", CurrencyCode.USD)),
                order("O-3", "王五", "110101198807012345", Money.of("12000", CurrencyCode.JPY)));
        List<PaymentFacts> payments = List.of(
                payment(orders.get(0), Money.of("179.70", CurrencyCode.CNY)),
                payment(orders.get(1), Money.of("179.66", CurrencyCode.CNY)),   // 25.30 USD paid in CNY
                payment(orders.get(2), Money.of("503.10", CurrencyCode.CNY)));  // 12000 JPY is 563.11 CNY
        List<ShipmentFacts> waybills = orders.stream().map(o -> ShipmentFacts.of(ShipmentFacts.Source.WAYBILL,
                o.orderNo(), "1105910159", "SF" + o.orderNo().substring(2) + "0000001", o.consignee(), "化妆品", true)).toList();
        TradeBatch batch = TradeBatch.of(orders, payments, waybills);

        // 4. Records for the report: masked when logged, in clear in the export.
        List<FxTransactionRecord> records = fx.transactionRecords(batch);
        out.println("== records (as logged)");
        records.forEach(out::println);
        out.println("== records (CSV export)");
        Writer csv = new java.io.StringWriter();
        FxRecords.writeCsv(records, csv);
        out.print(csv);

        // 5. 三流合一: every disagreement, with its stable code.
        ReconciliationReport report = fx.reconcile(batch);
        out.println("== reconciliation: " + report.agreedOrders().size() + " of " + orders.size() + " agree");
        report.discrepancies().forEach(out::println);
        out.flush();
    }

    private static OrderFacts order(String no, String buyer, String id, Money paid) {
        return OrderFacts.builder().orderNo(no).ebpCode("1105910159").ebpName("示例跨境电商平台有限公司")
                .payCode("312226T001").payTransactionId("PAY-" + no).buyerName(buyer).buyerIdNumber(id).consignee(buyer)
                .paid(paid).goodsSummary("面霜 50ml x2").orderedAt(DAY.atTime(9, 30)).build();
    }

    private static PaymentFacts payment(OrderFacts o, Money amount) {
        return PaymentFacts.builder().payCode(o.payCode()).payTransactionId(o.payTransactionId()).orderNo(o.orderNo())
                .payeeCode(o.ebpCode()).payeeName(o.ebpName()).payerName(o.buyerName()).payerIdNumber(o.buyerIdNumber())
                .amount(amount).paidAt(LocalDateTime.of(DAY, java.time.LocalTime.of(10, 5))).build();
    }
}
