package org.cbec.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cbec.client.status.Status;
import org.cbec.core.model.CebMessage;
import org.cbec.core.model.CustomsTime;
import org.cbec.customs.codes.CurrencyCode;
import org.cbec.customs.imports.Ceb311Message;
import org.cbec.customs.imports.Ceb411Message;
import org.cbec.customs.imports.Ceb511Message;
import org.cbec.fx.CbecFx;
import org.cbec.fx.ExchangeRate;
import org.cbec.fx.FxTransactionRecord;
import org.cbec.fx.MessageFacts;
import org.cbec.fx.Money;
import org.cbec.fx.OrderFacts;
import org.cbec.fx.PaymentFacts;
import org.cbec.fx.RateSources;
import org.cbec.fx.ReconciliationReport;
import org.cbec.fx.ShipmentFacts;
import org.cbec.fx.TradeBatch;
import org.cbec.fx.spi.RateSource;
import org.cbec.tax.CbecTax;
import org.cbec.tax.TaxRateTables;
import org.cbec.tax.TaxableParcels;
import org.cbec.tax.spi.TaxRateTable;

/**
 * An overseas seller prices in US dollars; customs takes import orders in CNY. The platform converts the catalogue
 * prices at the day's central parity (sdk-fx), adds the import tax (sdk-tax), files the parcel's four messages against
 * the embedded mock Single Window until all are released, and the payment institution then reconciles what was filed
 * (三流合一: order, payment, waybill), builds the FX transaction record it reports to SAFE and works out what it pays
 * the seller in dollars.
 *
 * <p>Run: {@code ./mvnw -B -q -Pdemo -Dexample=org.cbec.examples.UsdPricedImport -DskipTests package -pl examples -am}
 */
public final class UsdPricedImport {

    private static final String ORDER_NO = "ORDER-USD-0001";

    private UsdPricedImport() {
    }

    /**
     * What came of it.
     *
     * @param order     the order as filed, in CNY
     * @param statuses  the final status of each filed message, by message type
     * @param report    the reconciliation of the filed order, payment and waybill
     * @param records   the FX transaction records for SAFE
     * @param toSeller  what the payment institution pays the seller for the goods, in USD
     */
    public record Outcome(Ceb311Message order, Map<String, Status> statuses, ReconciliationReport report,
            List<FxTransactionRecord> records, Money toSeller) {
    }

    public static void main(String[] args) throws InterruptedException {
        run(LocalDate.now(CustomsTime.ZONE), System.out);
    }

    /** Converts, files and reconciles on {@code day}'s rates against a new embedded mock, printing to {@code out}. */
    public static Outcome run(LocalDate day, PrintStream out) throws InterruptedException {
        // 1. The day's rates (CNY per unit); a real system loads the published central parity.
        CbecFx fx = CbecFx.of(RateSources.inMemory(List.of(ExchangeRate.centralParity(CurrencyCode.USD, day, "7.1012"))));

        // 2. The seller's dollar prices, converted once per unit price to the fen.
        Money cream = fx.convert(Money.of("7.00", CurrencyCode.USD), CurrencyCode.CNY, day);
        Money milk = fx.convert(Money.of("25.00", CurrencyCode.USD), CurrencyCode.CNY, day);
        Money freight = fx.convert(Money.of("1.40", CurrencyCode.USD), CurrencyCode.CNY, day);
        out.println("== Prices at the central parity of " + day + ": face cream USD 7.00 = " + cream + ", milk powder USD 25.00 = "
                + milk + ", freight USD 1.40 = " + freight);
        List<ImportParcel.Goods> goods = List.of(
                new ImportParcel.Goods("面霜 50ml", "3304990099", new BigDecimal("2"), cream.amount()),
                new ImportParcel.Goods("婴儿配方奶粉 800g", "0402100000", BigDecimal.ONE, milk.amount()));

        // 3. The import tax the buyer pays with the order, then the four messages in CNY.
        LocalDateTime now = CustomsTime.now(Clock.systemUTC());
        BigDecimal tax = CbecTax.builder().rateTable(TaxRateTables.sample()).build().estimate(TaxableParcels.of(
                ImportParcel.parcel(now, ORDER_NO, freight.amount(), BigDecimal.ZERO, goods).inventory())).due().total();
        List<CebMessage> messages = ImportParcel.parcel(now, ORDER_NO, freight.amount(), tax, goods).messages();
        Ceb311Message order = (Ceb311Message) messages.get(0);
        out.println("== Order " + ORDER_NO + ": goods " + order.orders().get(0).orderHead().goodsValue() + " + freight " + freight.amount()
                + " + tax " + tax + " = " + order.orders().get(0).orderHead().acturalPaid() + " CNY");
        Map<String, Status> statuses;
        try (MockFiling filing = MockFiling.start(Duration.ofMillis(150), out)) {
            statuses = filing.file(messages, Duration.ofSeconds(30));
        }

        // 4. The payment institution: 三流合一 over what was filed, the record for SAFE, the dollars for the seller.
        List<OrderFacts> orders = new ArrayList<>();
        List<PaymentFacts> payments = new ArrayList<>();
        List<ShipmentFacts> shipments = new ArrayList<>();
        for (CebMessage m : messages) {
            if (m instanceof Ceb311Message o) {
                orders.addAll(MessageFacts.orders(o));
            } else if (m instanceof Ceb411Message p) {
                payments.addAll(MessageFacts.payments(p));
            } else if (m instanceof Ceb511Message w) {
                shipments.addAll(MessageFacts.shipments(w, statuses.get("CEB511Message") == Status.ENTERED));
            }
        }
        TradeBatch batch = TradeBatch.of(orders, payments, shipments);
        ReconciliationReport report = fx.reconcile(batch);
        out.println("== 三流合一: " + report.agreedOrders().size() + " of " + orders.size() + " orders agree");
        report.discrepancies().forEach(d -> out.println("   " + d));
        List<FxTransactionRecord> records = fx.transactionRecords(batch);
        records.forEach(r -> out.println("   FX record: " + r));
        Money goodsCny = Money.of(order.orders().get(0).orderHead().goodsValue().add(freight.amount()), CurrencyCode.CNY);
        Money toSeller = fx.convert(goodsCny, CurrencyCode.USD, day);
        out.println("== The seller is paid " + toSeller + " for goods and freight (" + goodsCny + ")");
        return new Outcome(order, statuses, report, records, toSeller);
    }
}
